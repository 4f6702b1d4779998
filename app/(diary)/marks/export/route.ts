// GRD-1 «Экспорт в Excel»: the same table as the page, as .xlsx, under the same guard.
import { guardSectionRoute } from "@/lib/access/route-guard";
import { fullName } from "@/lib/names";
import { formatShortDate } from "@/lib/time/dates";
import { workTypeLabel } from "@/components/diary/mark-badge";
import { loadMarksTable } from "@/lib/data/diary-marks";
import { excelDate, writeWorkbook, xlsxResponse } from "@/lib/export/xlsx";

export async function GET(request: Request) {
  const access = await guardSectionRoute("marks");
  if (access instanceof Response) return access;
  const wanted = new URL(request.url).searchParams.get("period") ?? undefined;
  const { period, rows } = await loadMarksTable(access.viewer.school, access.child, "MAIN", wanted);

  const child = fullName(access.child);
  const periodName = period?.name ?? "";
  // A plain mark is a number (Excel can average it); «4/5», «зч», «Н» stay text.
  const markCell = (value: string) => (/^[1-5]$/.test(value) ? Number(value) : value);
  const bytes = await writeWorkbook([
    {
      name: "Сводка",
      title: `${child}${access.child.classLabel ? `, ${access.child.classLabel}` : ""} — ${periodName}`,
      columns: [
        { header: "Предмет" },
        { header: "Средний балл", numFmt: "0.00" },
        { header: "Количество отметок" },
        { header: "Отметки", width: 60 },
      ],
      rows: rows.map((r) => [
        r.subject,
        r.average === null ? null : Math.round(r.average * 100) / 100,
        r.marks.length,
        r.marks.map((m) => `${m.value} (${formatShortDate(m.date)}, вес ${m.weight})`).join("; "),
      ]),
    },
    {
      name: "Отметки",
      columns: [
        { header: "Предмет" },
        { header: "Дата" },
        { header: "Отметка" },
        { header: "Вес" },
        { header: "Вид работы" },
        { header: "Комментарий", width: 50 },
      ],
      rows: rows.flatMap((r) =>
        r.marks.map((m) => [r.subject, excelDate(m.date), markCell(m.value), m.weight, workTypeLabel(m.workType), m.comment]),
      ),
    },
  ]);
  return xlsxResponse(
    bytes,
    `Отметки — ${child} — ${periodName}.xlsx`,
    `marks-${access.child.id.slice(-6)}-${period?.from ?? "period"}.xlsx`,
  );
}
