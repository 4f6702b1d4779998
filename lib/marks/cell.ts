// A mark's value, the absence codes and what a teacher types into a journal cell: a mark (1–5,
// «4/5», «зч»/«нз»), an attendance code («Н», «Б», «УП», «ОП» with optional minutes), or both
// («ОП10 4»). Pure, shared by client and server; the average is in ./average.ts.

export type AbsenceKind = "ABSENT" | "ILL" | "EXCUSED" | "LATE";

export type ParsedMark = { value: string; numeric: number | null };
export type ParsedAttendance = { kind: AbsenceKind; minutesLate: number | null };
export type ParsedCell = { mark: ParsedMark | null; attendance: ParsedAttendance | null };

export const ABSENCE_CODES: Record<AbsenceKind, string> = { ABSENT: "Н", ILL: "Б", EXCUSED: "УП", LATE: "ОП" };

/** The codes spelled out, as the diary shows them beside an absence. */
export const ABSENCE_LABELS: Record<AbsenceKind, string> = {
  ABSENT: "Н — не был",
  ILL: "Б — болел",
  EXCUSED: "УП — уважительная причина",
  LATE: "ОП — опоздал",
};

const CODE_TO_KIND: Record<string, AbsenceKind> = { Н: "ABSENT", Б: "ILL", УП: "EXCUSED", ОП: "LATE" };

export const MARK_SCALE_MESSAGE = "Оценка: 1–5, двойная «4/5» (2–5), «зч» или «нз».";
const CELL_MESSAGE = `${MARK_SCALE_MESSAGE} Пропуск: «Н», «Б», «УП», «ОП» (можно с минутами: «ОП10»).`;

/** A mark value, or null when the text is not one. */
export function parseMark(text: string): ParsedMark | null {
  const t = text.trim().toLowerCase();
  if (t === "зч" || t === "нз") return { value: t, numeric: null };
  if (/^[1-5]$/.test(t)) return { value: t, numeric: Number(t) };
  const compound = /^([2-5])\/([2-5])$/.exec(t);
  if (compound) {
    const a = Number(compound[1]);
    const b = Number(compound[2]);
    return { value: `${a}/${b}`, numeric: (a + b) / 2 };
  }
  return null;
}

/** An attendance code, or null when the text is not one. Accepts Latin look-alikes typed by mistake. */
export function parseAttendance(text: string): ParsedAttendance | null {
  const t = text.trim().toUpperCase().replace(/H/g, "Н").replace(/B/g, "Б").replace(/O/g, "О");
  const late = /^ОП\s*(\d{1,3})?$/.exec(t);
  if (late) {
    const minutes = late[1] ? Number(late[1]) : null;
    if (minutes !== null && (minutes < 1 || minutes > 90)) return null;
    return { kind: "LATE", minutesLate: minutes };
  }
  const kind = CODE_TO_KIND[t];
  return kind && kind !== "LATE" ? { kind, minutesLate: null } : null;
}

/** Parses a whole cell. Empty text clears the cell. */
export function parseCell(text: string): { ok: true; cell: ParsedCell } | { ok: false; message: string } {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const cell: ParsedCell = { mark: null, attendance: null };
  // «ОП 10» may be typed with a space: glue minutes to the code before reading tokens.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const glued = /^(оп|ОП|Оп)$/.test(token) && /^\d+$/.test(tokens[i + 1] ?? "") ? `${token}${tokens[++i]}` : token;
    const mark = parseMark(glued);
    const attendance = mark ? null : parseAttendance(glued);
    if (mark && !cell.mark) cell.mark = mark;
    else if (attendance && !cell.attendance) cell.attendance = attendance;
    else return { ok: false, message: CELL_MESSAGE };
  }
  if (cell.mark && cell.attendance && cell.attendance.kind !== "LATE") {
    return { ok: false, message: "Отсутствовавшему на уроке нельзя поставить оценку." };
  }
  return { ok: true, cell };
}

/** The text a cell shows for its saved contents. */
export function formatCell(mark: string | null, attendance: ParsedAttendance | null): string {
  const code = attendance
    ? `${ABSENCE_CODES[attendance.kind]}${attendance.kind === "LATE" && attendance.minutesLate ? attendance.minutesLate : ""}`
    : "";
  return [code, mark ?? ""].filter(Boolean).join(" ");
}
