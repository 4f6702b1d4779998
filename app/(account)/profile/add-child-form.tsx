"use client";
// «Дети» → «Добавить» (ACC-9): another child's parent code joins this account.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { addChildSchema } from "@/lib/validations/accounts";
import { addChildAction } from "@/lib/actions/accounts-self";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function AddChildForm() {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof addChildSchema>>({ resolver: zodResolver(addChildSchema), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    const r = await addChildAction(values);
    if (r.ok) {
      form.reset();
      setState({ ok: true, message: `Добавлен дневник: ${r.data.childName}.` });
      router.refresh();
    } else {
      setState({ ok: false, message: r.message });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-3">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label="Пригласительный код родителя" autoComplete="off" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        Добавить
      </Button>
    </form>
  );
}
