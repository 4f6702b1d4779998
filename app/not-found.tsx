import Link from "next/link";

export default function NotFound() {
  return (
    <main id="content" tabIndex={-1} className="mx-auto max-w-md p-8 text-center outline-none">
      <h1 className="text-2xl font-semibold">Страница не найдена</h1>
      <p className="mt-2 text-slate-600">Такой страницы нет, или она вам недоступна.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        На главную
      </Link>
    </main>
  );
}
