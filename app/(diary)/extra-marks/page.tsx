// GRD-3 «Отметки (ДО)»: marks and absences of clubs, consultations and the extended day.
import type { Metadata } from "next";
import { requireSection } from "@/lib/auth/viewer";
import { choosePeriod, getMarksTable, getStudyPeriods } from "@/lib/data/diary-marks";
import { JournalMarksPage } from "@/components/diary/journal-marks-page";
import { todayIn } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Отметки (ДО)" };

export default async function ExtraMarksPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const { viewer, child } = await requireSection("extra-marks");
  const periods = await getStudyPeriods(viewer.school.id);
  const period = choosePeriod(periods, (await searchParams).period, todayIn(viewer.school.timezone));
  const rows = period ? await getMarksTable(viewer.school.id, child, "EXTRA", period.from, period.to) : [];
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
