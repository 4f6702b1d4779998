// Turns table rows into import rows: finds the columns by their Russian headers and checks each
// row on its own (names, birth date, class, parent e-mail). Pure: no database.
import type { IsoDate } from "@/lib/time/dates";
import { parseImportDate } from "./dates";
import type { Cell } from "./table";

export type PersonName = { lastName: string; firstName: string; middleName: string | null };
export type ImportRow = {
  /** The line in the file (the header is line 1). */
  line: number;
  student: PersonName & { birthDate: IsoDate | null; grade: number; letter: string };
  parent: (PersonName & { email: string | null }) | null;
  problems: string[];
};

type Column = "fio" | "last" | "first" | "middle" | "birth" | "class" | "parentFio" | "parentEmail";

const HEADERS: Record<string, Column> = {
  фио: "fio",
  "фио ученика": "fio",
  ученик: "fio",
  "фио обучающегося": "fio",
  обучающийся: "fio",
  фамилия: "last",
  имя: "first",
  отчество: "middle",
  "дата рождения": "birth",
  "дата рождения ученика": "birth",
  класс: "class",
  "фио родителя": "parentFio",
  родитель: "parentFio",
  "родитель (фио)": "parentFio",
  "фио родителя (законного представителя)": "parentFio",
  "e-mail родителя": "parentEmail",
  "email родителя": "parentEmail",
  "почта родителя": "parentEmail",
  "электронная почта родителя": "parentEmail",
  "e-mail": "parentEmail",
  email: "parentEmail",
};

const norm = (c: Cell) => (c == null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).replace(/\s+/g, " ").trim();

export type ColumnMap = Partial<Record<Column, number>>;

export function mapColumns(header: Cell[]): { ok: true; columns: ColumnMap } | { ok: false; message: string } {
  const columns: ColumnMap = {};
  header.forEach((h, i) => {
    const key = HEADERS[norm(h).toLowerCase().replace(/ё/g, "е").replace(/[:*]$/, "")];
    if (key && columns[key] === undefined) columns[key] = i;
  });
  const missing: string[] = [];
  if (columns.fio === undefined && (columns.last === undefined || columns.first === undefined))
    missing.push("«ФИО ученика» (или «Фамилия» и «Имя»)");
  if (columns.birth === undefined) missing.push("«Дата рождения»");
  if (columns.class === undefined) missing.push("«Класс»");
  if (missing.length) return { ok: false, message: `В первой строке нет столбцов: ${missing.join(", ")}.` };
  return { ok: true, columns };
}

function splitFio(s: string): PersonName | null {
  const parts = s.split(" ").filter(Boolean);
  if (parts.length < 2) return null;
  return { lastName: parts[0], firstName: parts[1], middleName: parts.slice(2).join(" ") || null };
}

const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseClassLabel(s: string): { grade: number; letter: string } | null {
  const m = /^(\d{1,2})\s*[-–«"]?\s*([А-ЯЁа-яё])["»]?$/.exec(s);
  if (!m) return null;
  const grade = Number(m[1]);
  if (grade < 1 || grade > 11) return null;
  return { grade, letter: m[2].toUpperCase() };
}

export function readRow(cells: Cell[], columns: ColumnMap, line: number): ImportRow {
  const get = (c: Column) => (columns[c] === undefined ? "" : norm(cells[columns[c]!] ?? null));
  const problems: string[] = [];

  let name: PersonName | null;
  if (columns.fio !== undefined) name = splitFio(get("fio"));
  else name = get("last") && get("first") ? { lastName: get("last"), firstName: get("first"), middleName: get("middle") || null } : null;
  if (!name) problems.push("Нет фамилии и имени ученика.");
  else if (![name.lastName, name.firstName, name.middleName ?? "А"].every((p) => NAME.test(p) && p.length <= 60))
    problems.push("В ФИО ученика есть лишние знаки.");

  const rawBirth = columns.birth === undefined ? null : (cells[columns.birth] ?? null);
  const birthDate = parseImportDate(typeof rawBirth === "string" ? rawBirth.trim() : rawBirth);
  if (rawBirth == null || norm(rawBirth) === "") problems.push("Не указана дата рождения.");
  else if (!birthDate) problems.push(`Дата рождения «${norm(rawBirth)}» не распознана: пишите 15.03.2014.`);
  else if (birthDate < "1990-01-01" || birthDate > new Date().toISOString().slice(0, 10))
    problems.push(`Дата рождения «${norm(rawBirth)}» невозможна для ученика.`);

  const cls = parseClassLabel(get("class"));
  if (!get("class")) problems.push("Не указан класс.");
  else if (!cls) problems.push(`Класс «${get("class")}» не распознан: пишите, например, 5А.`);

  let parent: ImportRow["parent"] = null;
  const parentFio = get("parentFio");
  const email = get("parentEmail").toLowerCase() || null;
  if (parentFio || email) {
    const pn = parentFio ? splitFio(parentFio) : null;
    if (!pn) problems.push("Нет фамилии и имени родителя (или уберите его e-mail).");
    else if (![pn.lastName, pn.firstName].every((p) => NAME.test(p))) problems.push("В ФИО родителя есть лишние знаки.");
    if (email && !EMAIL.test(email)) problems.push(`E-mail родителя «${email}» неверный.`);
    if (pn) parent = { ...pn, email };
  }

  return {
    line,
    student: {
      ...(name ?? { lastName: "", firstName: "", middleName: null }),
      birthDate,
      grade: cls?.grade ?? 0,
      letter: cls?.letter ?? "",
    },
    parent,
    problems,
  };
}

/** «Иванов Пётр Сергеевич» compared without case, ё and extra spaces. */
export function nameKey(p: PersonName): string {
  return [p.lastName, p.firstName, p.middleName ?? ""].join(" ").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

export function studentKey(s: ImportRow["student"]): string {
  return `${nameKey(s)}|${s.birthDate}`;
}
