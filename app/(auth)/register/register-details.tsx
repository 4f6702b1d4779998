"use client";
// Step 2 of registration: login, password (ACC-2 policy, the same check as on the server),
// contact data; for a parent, more codes under «Дети» → «Добавить».
import { useMemo, useState } from "react";
import { registerSchema } from "@/lib/validations/accounts";
import { checkExtraCodeAction, registerAction } from "@/lib/actions/accounts";
import { PASSWORD_HINT } from "@/lib/validations/password";
import { normalizeInviteCode } from "@/lib/accounts/code-format";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export type CodeInfo = {
  role: "STUDENT" | "PARENT" | "STAFF";
  studentName: string;
  classLabel: string | null;
  birthDate: string | null;
  names: string[];
};

type Child = { code: string; studentName: string; classLabel: string | null };

export function RegisterDetails({ info, onDone }: { info: CodeInfo & { code: string }; onDone: (login: string) => void }) {
  const parent = info.role === "PARENT";
  const schema = useMemo(() => registerSchema({ role: info.role, birthDate: info.birthDate, names: info.names }), [info]);
  const [children, setChildren] = useState<Child[]>([{ code: info.code, studentName: info.studentName, classLabel: info.classLabel }]);
  const [extra, setExtra] = useState("");
  const [extraError, setExtraError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema,
    action: registerAction,
    defaultValues: {
      codes: [{ code: info.code }],
      login: "",
      password: "",
      password2: "",
      email: "",
      lastName: "",
      firstName: "",
      middleName: "",
    },
    onSuccess: (data) => onDone(data.login),
  });

  async function addCode() {
    setExtraError(null);
    if (children.some((c) => normalizeInviteCode(c.code) === normalizeInviteCode(extra))) {
      setExtraError("Этот код уже добавлен");
      return;
    }
    setAdding(true);
    const result = await checkExtraCodeAction({ code: extra });
    setAdding(false);
    if (!result.ok) {
      setExtraError(result.fieldErrors?.code?.[0] ?? result.message);
      return;
    }
    const next = [...children, { code: extra, ...result.data }];
    setChildren(next);
    form.setValue(
      "codes",
      next.map((c) => ({ code: c.code })),
    );
    setExtra("");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="code-for">
        {parent ? "Регистрация родителя. " : info.role === "STAFF" ? "Регистрация сотрудника школы: " : "Регистрация ученика: "}
        {!parent && `${info.studentName}${info.classLabel ? `, ${info.classLabel}` : ""}`}
      </p>
      <FormMessage {...status} />
      {parent && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">Дети</legend>
          <ul className="text-sm" data-testid="children-list">
            {children.map((c) => (
              <li key={c.code}>
                {c.studentName}
                {c.classLabel ? `, ${c.classLabel}` : ""}
              </li>
            ))}
          </ul>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <Field
                label="Код ещё одного ребёнка"
                name="extraCode"
                value={extra}
                onChange={(e) => setExtra(e.target.value)}
                autoComplete="off"
                error={extraError ?? undefined}
              />
            </div>
            <Button type="button" variant="secondary" onClick={addCode} pending={adding} disabled={!extra.trim()}>
              Добавить
            </Button>
          </div>
        </fieldset>
      )}
      {parent && (
        <>
          <Field label="Фамилия" autoComplete="family-name" error={errors.lastName?.message} {...form.register("lastName")} />
          <Field label="Имя" autoComplete="given-name" error={errors.firstName?.message} {...form.register("firstName")} />
          <Field label="Отчество" autoComplete="additional-name" error={errors.middleName?.message} {...form.register("middleName")} />
        </>
      )}
      <Field label="Логин" autoComplete="username" autoCapitalize="none" error={errors.login?.message} {...form.register("login")} />
      <Field
        label="Пароль"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Field
        label="Повторите пароль"
        type="password"
        autoComplete="new-password"
        error={errors.password2?.message}
        {...form.register("password2")}
      />
      <Field
        label={parent ? "Электронная почта" : "Электронная почта (необязательно)"}
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...form.register("email")}
      />
      {errors.codes && <p className="text-sm text-red-700">{errors.codes.message ?? errors.codes[0]?.code?.message}</p>}
      <Button type="submit" className="w-full" pending={pending}>
        Завершить регистрацию
      </Button>
    </form>
  );
}
