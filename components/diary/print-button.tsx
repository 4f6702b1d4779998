"use client";
import { buttonClass } from "@/components/ui/button-styles";

export function PrintButton() {
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
      Распечатать
    </button>
  );
}
