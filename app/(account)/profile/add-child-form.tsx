"use client";
// «Дети» → «Добавить» (ACC-9): another child's parent code joins this account.
import { useRouter } from "next/navigation";
import { addChildSchema } from "@/lib/validations/accounts";
import { addChildAction } from "@/lib/actions/accounts-self";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function AddChildForm() {
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: addChildSchema,
    action: addChildAction,
    defaultValues: { code: "" },
    resetOnSuccess: true,
    success: (data) => `Добавлен дневник: ${data.childName}.`,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      <FormMessage {...status} />
      <Field label="Пригласительный код родителя" autoComplete="off" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" variant="secondary" pending={pending}>
        Добавить
      </Button>
    </form>
  );
}
