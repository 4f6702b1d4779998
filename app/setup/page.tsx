// ADM-5: the one-time setup link printed by `npm start` on an installation without a curator.
// Without a live link — none, guessed, or already used — this page does not exist (404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setupLinkOpens } from "@/lib/setup/guard";
import { defaultBells, defaultStartYear, defaultYear } from "@/lib/setup/default-year";
import { RUSSIAN_TIME_ZONES, YEAR_KINDS } from "@/lib/setup/schema";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Новая школа", robots: { index: false } };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  await connection();
  const { token } = await searchParams;
  if (typeof token !== "string" || !(await setupLinkOpens(token))) notFound();
  const start = defaultStartYear();
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-4 py-8">
      <h1 className="text-2xl font-semibold">Новая школа в электронном журнале</h1>
      <p className="text-sm text-slate-600">
        Эта ссылка работает один раз. Укажите школу и первого куратора журнала, проверьте учебный год и звонки — всё это можно будет
        изменить потом в разделе «Администрирование».
      </p>
      <SetupForm
        token={token}
        zones={Object.entries(RUSSIAN_TIME_ZONES).map(([value, label]) => ({ value, label }))}
        kinds={Object.entries(YEAR_KINDS).map(([value, label]) => ({ value, label }))}
        years={{ QUARTER: defaultYear(start, "QUARTER"), TRIMESTER: defaultYear(start, "TRIMESTER") }}
        bells={defaultBells()}
      />
    </main>
  );
}
