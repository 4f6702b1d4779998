// The head teacher's way to every journal's exam and final attestation marks (GRD-4).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getAttestationJournals } from "@/lib/data/journal-plan";
import { Card, EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Экзамены и итоговая аттестация" };

export default async function AttestationJournalsPage() {
  const viewer = await requireArea("journal");
  const journals = await getAttestationJournals(viewer);
  if (!journals) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Экзамены и итоговая аттестация</h1>
      <Card>
        {journals.length === 0 ? (
          <EmptyState>В этом году журналов нет.</EmptyState>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2 md:grid-cols-3" data-testid="attestation-journals">
            {journals.map((j) => (
              <li key={j.id}>
                <Link href={`/journal/${j.id}/attestation`} className="text-brand-800 hover:underline">
                  {j.class} {j.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
