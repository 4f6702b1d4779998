"use client";
// ADM-6: removing a person. What they authored stays under their name; their sessions end.
import { useRouter } from "next/navigation";
import { removePersonSchema } from "@/lib/validations/admin-staff";
import { removePersonAction } from "@/lib/actions/admin-staff";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export function RemovePersonForm({ userId, name }: { userId: string; name: string }) {
  const router = useRouter();
  const { pending, status, onSubmit } = useActionForm({
    schema: removePersonSchema,
    action: removePersonAction,
    defaultValues: { userId },
    confirm: () =>
      window.confirm(
        `Удалить учётную запись «${name}»? Вход будет закрыт, связи с детьми и роли удалены; отметки и записи останутся под этим именем.`,
      ),
    onSuccess: () => router.push("/admin/people"),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage {...status} />
      <p className="text-sm text-slate-600">Отметки, замечания и задания, которые человек внёс, останутся в журнале под его именем.</p>
      <Button type="submit" variant="secondary" pending={pending}>
        Удалить учётную запись
      </Button>
    </form>
  );
}
