"use client";

import { useRouter } from "next/navigation";
import { mergeParentsSchema } from "@/lib/validations/accounts";
import { mergeParentsAction } from "@/lib/actions/accounts-admin";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function MergeForm({ keepId }: { keepId: string }) {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: mergeParentsSchema,
    action: mergeParentsAction,
    defaultValues: { keepId, otherLogin: "" },
    confirm: (values) => window.confirm(`Учётная запись «${values.otherLogin}» будет удалена, её дети перейдут к этой. Продолжить?`),
    resetOnSuccess: true,
    success: (data) => `Учётные записи объединены. Удалена: ${data.removedLogin}.`,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <p className="text-sm text-slate-600">Дети и контактные данные второй учётной записи перейдут к этой, а вторая будет удалена.</p>
      <FormMessage {...status} />
      <Field label="Логин второй учётной записи" autoComplete="off" error={errors.otherLogin?.message} {...form.register("otherLogin")} />
      <Button type="submit" variant="secondary" pending={pending}>
        Объединить
      </Button>
    </form>
  );
}
