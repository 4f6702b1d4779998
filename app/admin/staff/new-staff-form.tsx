"use client";
// ADM-6: a staff member by hand — name, roles, a specialist's position, e-mail. The account has no
// login until the person registers with the code the curator prints for them.
import { useRouter } from "next/navigation";
import { createStaffSchema } from "@/lib/validations/admin-staff";
import { createStaffAction } from "@/lib/actions/admin-staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

type Option = { value: string; label: string };

export function NewStaffForm({ roles, positions }: { roles: Option[]; positions: Option[] }) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: createStaffSchema,
    action: createStaffAction,
    raw: true,
    defaultValues: { lastName: "", firstName: "", middleName: "", email: "", roles: [], specialistKind: "" },
    resetOnSuccess: true,
    success: "Сотрудник добавлен. Выдайте ему пригласительный код в списке ниже.",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Новый сотрудник">
      <FormMessage {...status} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Фамилия" error={errors.lastName?.message} {...form.register("lastName")} />
        <Field label="Имя" error={errors.firstName?.message} {...form.register("firstName")} />
        <Field label="Отчество" error={errors.middleName?.message} {...form.register("middleName")} />
        <Field label="Электронная почта" type="email" error={errors.email?.message} {...form.register("email")} />
      </div>
      <fieldset aria-describedby={errors.roles ? "roles-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Роли</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {roles.map((r) => (
            <label key={r.value} className="flex items-center gap-1">
              <input type="checkbox" value={r.value} {...form.register("roles")} /> {r.label}
            </label>
          ))}
        </div>
        {errors.roles && (
          <p id="roles-error" role="alert" className="text-sm text-red-700">
            {errors.roles.message}
          </p>
        )}
      </fieldset>
      <div className="max-w-xs space-y-1">
        <label htmlFor="specialistKind" className="block text-sm font-medium text-slate-700">
          Должность специалиста
        </label>
        <select
          id="specialistKind"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          {...form.register("specialistKind")}
        >
          <option value="">—</option>
          {positions.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" pending={pending}>
        Добавить сотрудника
      </Button>
    </form>
  );
}
