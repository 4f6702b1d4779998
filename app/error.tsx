"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="content" tabIndex={-1} className="mx-auto max-w-md p-8 text-center outline-none">
      <h1 className="text-2xl font-semibold">Что-то пошло не так</h1>
      <p className="mt-2 text-slate-600">Попробуйте обновить страницу. Если ошибка повторяется, сообщите куратору журнала.</p>
      <button onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        Повторить
      </button>
    </main>
  );
}
