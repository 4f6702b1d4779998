"use client";
// The one form hook over defineAction (lib/actions/action.ts): react-hook-form + zodResolver with
// the schema the server parses, submit → server action, a refusal's field errors beside their
// fields (Field sets aria-invalid/aria-describedby) and its message in <FormMessage {...status} />.
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action";

type FormSchema = z.ZodType<FieldValues, FieldValues>;
type Refusal = Extract<ActionResult, { ok: false }>;

export type FormStatus = { message: string | null; tone: "error" | "success" };

type Options<S extends FormSchema, T> = {
  schema: S;
  /** The server action; it gets the values the schema produced on the client (or the raw ones with `raw`). */
  action: (input: z.input<S>) => Promise<ActionResult<T> | undefined>;
  defaultValues: DefaultValues<z.input<S>>;
  /** Send the values as typed rather than as the schema's output (the server parses them again anyway). */
  raw?: boolean;
  /** The message shown after success; a function gets the action's data. */
  success?: string | ((data: T, values: z.output<S>) => string | null);
  /** Reset the fields after success: `true` back to the defaults, or to the given values. */
  resetOnSuccess?: boolean | DefaultValues<z.input<S>>;
  onSuccess?: (data: T, values: z.output<S>) => void;
  onError?: (refusal: Refusal, form: UseFormReturn<z.input<S>, unknown, z.output<S>>) => void;
  /** Ask before sending; returning false cancels the submit. */
  confirm?: (values: z.output<S>) => boolean;
};

export function useActionForm<S extends FormSchema, T>(opts: Options<S, T>) {
  const { schema, raw, defaultValues } = opts;
  const [status, setStatus] = useState<FormStatus>({ message: null, tone: "error" });
  const resolver = (raw ? zodResolver(schema as never, undefined, { raw: true }) : zodResolver(schema as never)) as unknown as Resolver<
    z.input<S>,
    unknown,
    z.output<S>
  >;
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues });

  /** Sends the values (merged with `extra`) and applies the answer. */
  const send = async (values: z.output<S>, extra?: Partial<z.input<S>>) => {
    setStatus({ message: null, tone: "error" });
    if (opts.confirm && !opts.confirm(values)) return;
    const result = await opts.action({ ...(values as object), ...extra } as z.input<S>);
    if (!result) return; // the action redirected
    if (result.ok) {
      if (opts.resetOnSuccess) form.reset(opts.resetOnSuccess === true ? defaultValues : opts.resetOnSuccess);
      const message = typeof opts.success === "function" ? opts.success(result.data, values) : (opts.success ?? null);
      setStatus({ message, tone: "success" });
      opts.onSuccess?.(result.data, values);
      return;
    }
    setStatus({ message: result.message, tone: "error" });
    for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0] && name !== "_form") form.setError(name as Path<z.input<S>>, { message: messages[0] });
    }
    opts.onError?.(result, form);
  };

  return {
    form,
    errors: form.formState.errors,
    pending: form.formState.isSubmitting,
    /** Spread into <FormMessage {...status} />. */
    status,
    setStatus,
    /** The form's onSubmit. */
    onSubmit: form.handleSubmit((values) => send(values)),
    /** A submit handler for a second button that sends extra values (e.g. `{ close: true }`). */
    submitWith: (extra: Partial<z.input<S>>) => form.handleSubmit((values) => send(values, extra)),
  };
}
