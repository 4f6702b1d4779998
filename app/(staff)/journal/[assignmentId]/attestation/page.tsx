// GRD-4 «Итоговые»: exam and final attestation marks of one journal's students, kept by the
// subject's teacher and the head teacher (period and year marks stay in the journal grid).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getAttestation } from "@/lib/data/journal-plan";
import { ATTESTATION_KINDS, ATTESTATION_LABELS } from "@/lib/validations/journal-plan";
import { AttestationForm } from "@/components/journal/attestation-form";
import { Card } from "@/components/ui/card";
import { formatShortDate } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Итоговые оценки" };

export default async function AttestationPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const viewer = await requireArea("journal");
  const { assignmentId } = await params;
  const data = await getAttestation(viewer, assignmentId);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">
          {data.title} <span className="ml-2 text-base font-normal text-slate-500">экзамены и итоговая аттестация</span>
        </h1>
        <nav className="flex gap-3 text-sm">
          {data.isOwner && (
            <Link href={`/journal/${assignmentId}`} className="text-brand-700 underline">
              Журнал
            </Link>
          )}
          <Link href={data.isOwner ? "/journal" : "/journal/attestation"} className="text-brand-700 underline">
            Все журналы
          </Link>
        </nav>
      </div>
      <Card title="Поставить оценку">
        <AttestationForm assignmentId={assignmentId} students={data.rows.map((r) => ({ id: r.id, name: r.name }))} today={data.today} />
      </Card>
      <Card title="Оценки">
        <table className="w-full text-sm" data-testid="attestation-marks">
          <thead>
            <tr className="border-b text-left text-xs text-slate-500">
              <th className="py-1 pr-2 font-medium">Ученик</th>
              {ATTESTATION_KINDS.map((k) => (
                <th key={k} className="px-2 py-1 font-medium">
                  {ATTESTATION_LABELS[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {r.name}
                </th>
                {ATTESTATION_KINDS.map((k) => (
                  <td key={k} className="px-2 py-1">
                    {r.marks[k] ? (
                      <>
                        <span className="font-semibold">{r.marks[k].value}</span>
                        {r.marks[k].date && <span className="ml-1 text-xs text-slate-500">{formatShortDate(r.marks[k].date)}</span>}
                      </>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
