"use client";
// Replaces the root layout when it fails itself, so it brings its own <html> and styles.
import "./globals.css";
import { ErrorView } from "@/components/errors/error-view";

export default function GlobalError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="ru">
      <body className="min-h-screen">
        <ErrorView error={error} reset={reset} />
      </body>
    </html>
  );
}
