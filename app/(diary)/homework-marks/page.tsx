// GRD-2 «Отметки (ДЗ)»: marks of the teachers' separate homework journals.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { loadMarksTable } from "@/lib/data/diary-marks";
import { JournalMarksPage } from "@/components/diary/journal-marks-page";

export const metadata: Metadata = { title: "Отметки (ДЗ)" };

export default async function HomeworkMarksPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("homework-marks");
  const { periods, period, rows } = await loadMarksTable(viewer.school, child, "HOMEWORK", (await searchParams).period);
  return (
    <JournalMarksPage
      title="Отметки (ДЗ)"
      path="/homework-marks"
      intro="Оценки из отдельного журнала домашних работ. Они не учитываются в основном журнале."
      empty="Учителя не ведут отдельный журнал домашних работ"
      periods={periods}
      current={period?.id ?? null}
      rows={rows}
    />
  );
}
