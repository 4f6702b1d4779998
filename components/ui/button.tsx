import { cn } from "./cn";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-styles";

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
};

export function Button({ variant = "primary", size = "md", pending, className, children, disabled, ...rest }: Props) {
  return (
    <button {...rest} disabled={disabled || pending} aria-busy={pending || undefined} className={cn(buttonClass(variant, size), className)}>
      {pending ? "Подождите…" : children}
    </button>
  );
}
