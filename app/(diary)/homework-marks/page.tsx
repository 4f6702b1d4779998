// GRD-2 «Отметки (ДЗ)»: marks of the teachers' separate homework journals.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { choosePeriod, getMarksTable, getStudyPeriods } from "@/lib/data/diary-marks";
import { JournalMarksPage } from "@/components/diary/journal-marks-page";
import { todayIn } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Отметки (ДЗ)" };

export default async function HomeworkMarksPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("homework-marks");
  const periods = await getStudyPeriods(viewer.school.id);
  const period = choosePeriod(periods, (await searchParams).period, todayIn(viewer.school.timezone));
  const rows = period ? await getMarksTable(viewer.school.id, child, "HOMEWORK", period.from, period.to) : [];
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
