// GRD-3 «Отметки (ДО)»: marks and absences of clubs, consultations and the extended day.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { loadMarksTable } from "@/lib/data/diary-marks";
import { JournalMarksPage } from "@/components/diary/journal-marks-page";

export const metadata: Metadata = { title: "Отметки (ДО)" };

export default async function ExtraMarksPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("extra-marks");
  const { periods, period, rows } = await loadMarksTable(viewer.school, child, "EXTRA", (await searchParams).period);
  return (
    <JournalMarksPage
      title="Отметки (ДО)"
      path="/extra-marks"
      intro="Оценки и пропуски занятий второй половины дня: кружки, дополнительное образование, консультации, группа продлённого дня."
      empty="Ребёнок не записан на занятия второй половины дня"
      periods={periods}
      current={period?.id ?? null}
      rows={rows}
      showAbsences
    />
  );
}
