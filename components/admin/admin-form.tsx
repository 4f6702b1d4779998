"use client";
// One form component for the curator's small forms: fields described as data, validated on the
// client with the same zod schema the server action uses (react-hook-form + zodResolver), errors
// beside their fields, the server's refusal above the button.
import { useRouter } from "next/navigation";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ADMIN_FORMS, type AdminFormKey } from "./admin-forms";

export type FieldSpec =
  | { name: string; label: string; type: "text" | "date" | "number" | "time"; hint?: string }
  | {
      name: string;
      label: string;
      type: "select";
      options: { value: string; label: string }[];
      /** Values of other fields to fill in when an option is chosen (e.g. a person's current roles). */
      presets?: Record<string, Record<string, unknown>>;
    }
  | { name: string; label: string; type: "checkbox" }
  | { name: string; label: string; type: "checkboxes"; options: { value: string; label: string }[] };

type Props = {
  form: AdminFormKey;
  fields: FieldSpec[];
  defaults?: Record<string, unknown>;
  submitLabel: string;
  success: string;
  /** Lay the fields out in a row on wide screens. */
  inline?: boolean;
  resetOnSuccess?: boolean;
  /** Prefix of the fields' ids when the same form shows more than once (edit forms in a list). */
  idPrefix?: string;
  onSuccess?: () => void;
};

export function AdminForm({
  form: key,
  fields,
  defaults = {},
  submitLabel,
  success,
  inline,
  resetOnSuccess = true,
  idPrefix,
  onSuccess,
}: Props) {
  const { schema, action } = ADMIN_FORMS[key];
  const router = useRouter();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: schema as z.ZodType<FieldValues, FieldValues>,
    action: action as (values: FieldValues) => Promise<ActionResult<unknown>>,
    defaultValues: defaults,
    raw: true,
    resetOnSuccess: resetOnSuccess && defaults,
    success,
    onSuccess: () => {
      router.refresh();
      onSuccess?.();
    },
  });
  const errorOf = (name: string) => {
    const e = name.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], errors) as
      { message?: string } | undefined;
    return e?.message;
  };

  const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";
  return (
    <form onSubmit={onSubmit} noValidate className={cn("space-y-3", inline && "sm:flex sm:flex-wrap sm:items-end sm:gap-3 sm:space-y-0")}>
      {fields.map((f) => {
        const error = errorOf(f.name);
        const id = `${idPrefix ?? key}-${f.name}`;
        const described = error ? `${id}-error` : undefined;
        if (f.type === "select")
          return (
            <div key={f.name} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                {f.label}
              </label>
              <select
                id={id}
                aria-invalid={error ? true : undefined}
                aria-describedby={described}
                className={selectClass}
                {...form.register(f.name, {
                  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                    for (const [name, value] of Object.entries(f.presets?.[e.target.value] ?? {})) form.setValue(name, value);
                  },
                })}
              >
                <option value="">—</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {error && (
                <p id={described} role="alert" className="text-sm text-red-700">
                  {error}
                </p>
              )}
            </div>
          );
        if (f.type === "checkbox")
          return (
            <label key={f.name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" {...form.register(f.name)} /> {f.label}
            </label>
          );
        if (f.type === "checkboxes")
          return (
            <fieldset key={f.name} className="space-y-1" aria-describedby={described}>
              <legend className="text-sm font-medium text-slate-700">{f.label}</legend>
              {f.options.map((o) => (
                <label key={o.value} className="mr-4 inline-flex items-center gap-2 text-sm">
                  <input type="checkbox" value={o.value} {...form.register(f.name)} /> {o.label}
                </label>
              ))}
              {error && (
                <p id={described} role="alert" className="text-sm text-red-700">
                  {error}
                </p>
              )}
            </fieldset>
          );
        const hint = "hint" in f && f.hint ? `${id}-hint` : undefined;
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-700">
              {f.label}
            </label>
            <input
              id={id}
              type={f.type}
              aria-invalid={error ? true : undefined}
              aria-describedby={[described, hint].filter(Boolean).join(" ") || undefined}
              className={cn(selectClass, error && "border-red-500")}
              {...form.register(f.name)}
            />
            {hint && (
              <p id={hint} className="text-xs text-slate-500">
                {"hint" in f ? f.hint : ""}
              </p>
            )}
            {error && (
              <p id={described} role="alert" className="text-sm text-red-700">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className={cn("space-y-2", inline && "sm:basis-full")}>
        <FormMessage {...status} />
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
