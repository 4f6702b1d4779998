// GRD-1 «Экспорт в Excel»: the same table as the page, as .xlsx, under the same guard.
import * as XLSX from "xlsx";
import { guardSectionRoute } from "@/lib/access/route-guard";
import { fullName } from "@/lib/names";
import { formatShortDate } from "@/lib/time/dates";
import { workTypeLabel } from "@/components/diary/mark-badge";
import { loadMarksTable } from "@/lib/data/diary-marks";

export async function GET(request: Request) {
  const access = await guardSectionRoute("marks");
  if (access instanceof Response) return access;
  const wanted = new URL(request.url).searchParams.get("period") ?? undefined;
  const { period, rows } = await loadMarksTable(access.viewer.school, access.child, "MAIN", wanted);

  const title = `${fullName(access.child)}${access.child.classLabel ? `, ${access.child.classLabel}` : ""} — ${period?.name ?? ""}`;
  const summary: (string | number | null)[][] = [[title], [], ["Предмет", "Средний балл", "Количество отметок", "Отметки"]];
  for (const r of rows) {
    summary.push([
      r.subject,
      r.average === null ? null : Math.round(r.average * 100) / 100,
      r.marks.length,
      r.marks.map((m) => `${m.value} (${formatShortDate(m.date)}, вес ${m.weight})`).join("; "),
    ]);
  }
  const detail: (string | number | null)[][] = [["Предмет", "Дата", "Отметка", "Вес", "Вид работы", "Комментарий"]];
  for (const r of rows) for (const m of r.marks) detail.push([r.subject, m.date, m.value, m.weight, workTypeLabel(m.workType), m.comment]);

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), "Сводка");
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(detail), "Отметки");
  const data = XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="marks.xlsx"; filename*=UTF-8''${encodeURIComponent(`Отметки ${period?.name ?? ""}.xlsx`)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
