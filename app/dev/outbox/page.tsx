// The dev outbox: letters written instead of sent (no RESEND_API_KEY). Hidden in production
// unless ENABLE_DEV_OUTBOX=true, because letters hold single-use links.
import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Исходящие письма (разработка)" };

export default async function DevOutboxPage() {
  await connection();
  if (process.env.NODE_ENV === "production" && process.env.ENABLE_DEV_OUTBOX !== "true") notFound();
  const letters = await prisma.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
  return (
    <main className="mx-auto max-w-3xl space-y-3 p-4">
      <h1 className="text-xl font-semibold">Исходящие письма</h1>
      {letters.length === 0 && <p className="text-sm text-slate-600">Писем нет.</p>}
      {letters.map((l) => (
        <article key={l.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="text-slate-500">
            {l.createdAt.toLocaleString("ru-RU")} → {l.to}
          </p>
          <h2 className="font-semibold">{l.subject}</h2>
          <pre className="mt-2 whitespace-pre-wrap font-sans">{l.text}</pre>
        </article>
      ))}
    </main>
  );
}
