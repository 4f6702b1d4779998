"use client";
// The text of the error boundaries (app/error.tsx, app/global-error.tsx). A page that failed
// because the database is down says so in the same words as the server's 503 (ADR 0008): the
// boundary cannot see the server's error, so it asks /api/health.
import { useEffect, useState } from "react";
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/http/messages";

export function ErrorView({ error, reset }: { error: Error; reset: () => void }) {
  const [unavailable, setUnavailable] = useState(error.message === SERVICE_UNAVAILABLE_MESSAGE);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((res) => live && res.status === 503 && setUnavailable(true))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <main id="content" tabIndex={-1} className="mx-auto max-w-md p-8 text-center outline-none">
      <h1 className="text-2xl font-semibold">{unavailable ? SERVICE_UNAVAILABLE_MESSAGE : "Что-то пошло не так"}</h1>
      <p className="mt-2 text-slate-600">
        {unavailable
          ? "Журнал не может связаться с базой данных. Повторите чуть позже."
          : "Попробуйте обновить страницу. Если ошибка повторяется, сообщите куратору журнала."}
      </p>
      <button onClick={reset} className="mt-6 min-h-10 rounded bg-brand-700 px-4 py-2 text-white">
        Повторить
      </button>
    </main>
  );
}
