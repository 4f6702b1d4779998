"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { mergeParentsSchema } from "@/lib/validations/accounts";
import { mergeParentsAction } from "@/lib/actions/accounts-admin";
import { Field, FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function MergeForm({ keepId }: { keepId: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm<z.input<typeof mergeParentsSchema>>({ resolver: zodResolver(mergeParentsSchema), defaultValues: { keepId, otherLogin: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setState(null);
    if (!window.confirm(`Учётная запись «${values.otherLogin}» будет удалена, её дети перейдут к этой. Продолжить?`)) return;
    const r = await mergeParentsAction(values);
    if (r.ok) {
      form.reset({ keepId, otherLogin: "" });
      setState({ ok: true, message: `Учётные записи объединены. Удалена: ${r.data.removedLogin}.` });
      router.refresh();
    } else {
      setState({ ok: false, message: r.message });
      if (r.fieldErrors?.otherLogin?.[0]) form.setError("otherLogin", { message: r.fieldErrors.otherLogin[0] });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <p className="text-sm text-slate-600">Дети и контактные данные второй учётной записи перейдут к этой, а вторая будет удалена.</p>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <Field label="Логин второй учётной записи" autoComplete="off" error={errors.otherLogin?.message} {...form.register("otherLogin")} />
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        Объединить
      </Button>
    </form>
  );
}
