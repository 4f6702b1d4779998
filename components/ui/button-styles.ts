// The button's look as plain class strings, so that small client components (the diary's
// «Распечатать», «Сдать») can dress a native button like <Button> without loading tailwind-merge.
export const buttonBase = "inline-flex items-center justify-center gap-2 rounded-md font-medium transition disabled:opacity-60";

export const buttonVariants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100",
} as const;

/** Phones get 40 px tap targets (issue 15); wider screens keep the compact sizes. */
export const buttonSizes = { md: "min-h-10 px-4 py-2 text-sm sm:min-h-0", sm: "min-h-10 px-2 py-0.5 text-xs sm:min-h-0" } as const;

export type ButtonVariant = keyof typeof buttonVariants;
export type ButtonSize = keyof typeof buttonSizes;

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `${buttonBase} ${buttonSizes[size]} ${buttonVariants[variant]}`;
}
