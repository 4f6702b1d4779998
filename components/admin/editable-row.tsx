"use client";
// One row of a curator's list with «Изменить» (the row turns into its edit form) and «Удалить»
// (after a confirmation; a refusal naming what depends on the record shows beside the row).
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { AdminForm, type FieldSpec } from "./admin-form";
import { REMOVE_ACTIONS, type AdminFormKey, type RemoveKey } from "./admin-forms";

type Props = {
  /** What the row is, for the buttons' accessible names and the confirmation: «класс 5А». */
  label: string;
  children: React.ReactNode;
  edit?: { form: AdminFormKey; fields: FieldSpec[]; defaults: Record<string, unknown> };
  /** `then`: where to go after the removal (when the page showed the removed record itself). */
  remove?: { action: RemoveKey; arg: Record<string, unknown>; then?: string };
  testId?: string;
};

export function EditableRow({ label, children, edit, remove, testId }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onRemove = () => {
    if (!remove || !window.confirm(`Удалить ${label}?`)) return;
    setError(null);
    start(async () => {
      const r = await (REMOVE_ACTIONS[remove.action] as (arg: unknown) => ReturnType<(typeof REMOVE_ACTIONS)["year"]>)(remove.arg);
      if (r.ok && remove.then) router.push(remove.then);
      else if (r.ok) router.refresh();
      else setError(r.message);
    });
  };
  return (
    <div className="space-y-2" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <div className="min-w-0 grow">{children}</div>
        {edit && (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            aria-label={`Изменить: ${label}`}
            aria-expanded={editing}
            onClick={() => setEditing((v) => !v)}
          >
            {editing ? "Отмена" : "Изменить"}
          </Button>
        )}
        {remove && (
          <Button type="button" variant="secondary" size="sm" aria-label={`Удалить: ${label}`} pending={pending} onClick={onRemove}>
            Удалить
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {edit && editing && (
        <div className="rounded border border-slate-200 bg-slate-50 p-3">
          <AdminForm
            form={edit.form}
            idPrefix={`${edit.form}-${String(edit.defaults.id ?? edit.defaults.number ?? "")}`}
            fields={edit.fields}
            defaults={edit.defaults}
            submitLabel="Сохранить"
            success="Сохранено."
            resetOnSuccess={false}
            onSuccess={() => setEditing(false)}
          />
        </div>
      )}
    </div>
  );
}
