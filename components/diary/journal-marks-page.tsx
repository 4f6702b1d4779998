// GRD-2 «Отметки (ДЗ)» and GRD-3 «Отметки (ДО)»: the same table as GRD-1 over another journal.
import { Card, EmptyState } from "@/components/ui/card";
import { PeriodSwitch } from "@/components/diary/period-switch";
import { MarksTable } from "@/components/diary/marks-table";
import type { SubjectRow } from "@/lib/data/diary-marks";

type Props = {
  title: string;
  path: string;
  intro: string;
  empty: string;
  periods: { id: string; name: string }[];
  current: string | null;
  rows: SubjectRow[];
  showAbsences?: boolean;
};

export function JournalMarksPage({ title, path, intro, empty, periods, current, rows, showAbsences }: Props) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{title}</h1>
        <PeriodSwitch path={path} periods={periods} current={current} />
      </div>
      <p className="text-sm text-slate-600">{intro}</p>
      <Card>{rows.length === 0 ? <EmptyState>{empty}</EmptyState> : <MarksTable rows={rows} showAbsences={showAbsences} />}</Card>
    </div>
  );
}
