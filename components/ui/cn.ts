// Merges Tailwind classes (later ones win). tailwind-merge weighs ~9 KB gzip: client components
// on the diary pages join non-conflicting classes with plain `clsx` instead, to keep it out of
// the diary's first-load JavaScript.
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
