// A labelled input with its error beside it (aria-describedby), for react-hook-form forms.
import { forwardRef } from "react";
import { cn } from "./cn";

type Common = { label: string; name: string; error?: string; hint?: string };

const controlClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100";

/** The label, hint and error around a control, and the aria attributes that tie them to it. */
function FieldFrame({
  label,
  name,
  error,
  hint,
  control,
}: Common & { control: (aria: React.AriaAttributes & { id: string }) => React.ReactNode }) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control({
        id: name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined,
      })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

type Props = React.InputHTMLAttributes<HTMLInputElement> & Common;

export const Field = forwardRef<HTMLInputElement, Props>(function Field({ label, name, error, hint, className, ...rest }, ref) {
  return (
    <FieldFrame
      label={label}
      name={name}
      error={error}
      hint={hint}
      control={(aria) => (
        <input ref={ref} name={name} {...aria} className={cn(controlClass, error && "border-red-500", className)} {...rest} />
      )}
    />
  );
});

type TextAreaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & Common;

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextAreaField(
  { label, name, error, hint, className, ...rest },
  ref,
) {
  return (
    <FieldFrame
      label={label}
      name={name}
      error={error}
      hint={hint}
      control={(aria) => (
        <textarea ref={ref} name={name} {...aria} className={cn(controlClass, error && "border-red-500", className)} {...rest} />
      )}
    />
  );
});

export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      data-testid="form-message"
      className={cn("rounded-md px-3 py-2 text-sm", tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800")}
    >
      {message}
    </p>
  );
}
