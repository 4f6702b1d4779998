// The import's preview (ADM-3): every row with its problems and what would happen to it, checked
// against the school's people so that a re-import matches instead of duplicating. Students match
// by school + full name + birth date; parents by e-mail, or by full name + the same child.
import type { Prisma } from "@/generated/prisma/client";
import { fullName } from "@/lib/names";
import { toIsoDate } from "@/lib/time/dates";
import { mapColumns, nameKey, readRow, studentKey, type ImportRow } from "./rows";
import type { Cell } from "./table";

type Db = Pick<Prisma.TransactionClient, "user" | "studyYear">;

export type PlanRow = {
  line: number;
  studentName: string;
  birthDate: string | null;
  classLabel: string;
  parentName: string | null;
  parentEmail: string | null;
  student: "new" | "existing";
  parent: "new" | "existing" | null;
  problems: string[];
};

export type ImportPlan = {
  rows: PlanRow[];
  problemRows: number;
  newClasses: string[];
  counts: { newStudents: number; existingStudents: number; newParents: number; existingParents: number };
};

/** What the commit needs beyond the preview: the resolved people. */
export type PlanDetail = {
  yearId: string;
  classes: Map<string, string | null>; // "5А" → class id (null: to be created)
  students: Map<string, { id: string | null; row: ImportRow }>; // studentKey → existing id
  parents: Map<string, { id: string | null; row: ImportRow; childKeys: Set<string> }>;
};

export type PlanResult = { ok: true; plan: ImportPlan; detail: PlanDetail } | { ok: false; message: string };

export async function planImport(db: Db, schoolId: string, table: Cell[][]): Promise<PlanResult> {
  const mapped = mapColumns(table[0]);
  if (!mapped.ok) return mapped;
  const year = await db.studyYear.findFirst({
    where: { schoolId, isCurrent: true },
    select: { id: true, classes: { select: { id: true, grade: true, letter: true } } },
  });
  if (!year) return { ok: false, message: "Нет текущего учебного года: сначала задайте его в разделе «Школа и учебный год»." };

  const [students, parents] = await Promise.all([
    db.user.findMany({
      where: { schoolId, roles: { some: { role: "STUDENT" } }, birthDate: { not: null } },
      select: { id: true, lastName: true, firstName: true, middleName: true, birthDate: true },
    }),
    db.user.findMany({
      where: { schoolId, roles: { some: { role: "PARENT" } } },
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        email: true,
        emailConfirmedAt: true,
        login: true,
        children: { select: { childId: true } },
      },
    }),
  ]);
  const studentByKey = new Map(students.map((s) => [`${nameKey(s)}|${toIsoDate(s.birthDate!)}`, s.id]));
  // An e-mail identifies an existing parent only if it can be trusted — confirmed by its owner, or
  // written by the school (an imported account nobody has registered yet) — and only together with
  // the same name: anyone may type another family's address into their profile, and a link made
  // here would open that family's child to them.
  const parentByEmail = new Map(
    parents
      .filter((p) => p.email && (p.emailConfirmedAt !== null || p.login === null))
      .map((p) => [`${p.email!.toLowerCase()}|${nameKey(p)}`, p.id]),
  );
  const parentByNameChild = new Map(parents.flatMap((p) => p.children.map((c) => [`${nameKey(p)}|${c.childId}`, p.id] as const)));

  const classes = new Map<string, string | null>(year.classes.map((c) => [`${c.grade}${c.letter}`, c.id]));
  const detail: PlanDetail = { yearId: year.id, classes, students: new Map(), parents: new Map() };
  const rows: PlanRow[] = [];
  const seen = new Map<string, number>(); // student+parent → first line
  const emailLine = new Map<string, { line: number; name: string }>();
  const newClasses = new Set<string>();

  table.slice(1).forEach((cells, i) => {
    const row = readRow(cells, mapped.columns, i + 2);
    const sKey = studentKey(row.student);
    const pName = row.parent ? fullName(row.parent) : null;
    if (!row.problems.length) {
      const dupKey = `${sKey}|${row.parent ? nameKey(row.parent) : ""}`;
      const first = seen.get(dupKey);
      if (first) row.problems.push(`Повторяет строку ${first}.`);
      else seen.set(dupKey, row.line);
      const known = detail.students.get(sKey);
      if (known && (known.row.student.grade !== row.student.grade || known.row.student.letter !== row.student.letter))
        row.problems.push(`Этот ученик в строке ${known.row.line} записан в другой класс.`);
      if (row.parent?.email) {
        const other = emailLine.get(row.parent.email);
        if (other && other.name !== nameKey(row.parent)) row.problems.push(`Этот e-mail в строке ${other.line} указан у другого родителя.`);
        else emailLine.set(row.parent.email, { line: row.line, name: nameKey(row.parent) });
      }
    }
    const classLabel = row.student.grade ? `${row.student.grade}${row.student.letter}` : "";
    const studentId = studentByKey.get(sKey) ?? null;
    let parentState: PlanRow["parent"] = null;
    if (!row.problems.length) {
      if (!classes.has(classLabel)) newClasses.add(classLabel);
      if (!detail.students.has(sKey)) detail.students.set(sKey, { id: studentId, row });
      if (row.parent) {
        const existing =
          (row.parent.email && parentByEmail.get(`${row.parent.email.toLowerCase()}|${nameKey(row.parent)}`)) ||
          (studentId && parentByNameChild.get(`${nameKey(row.parent)}|${studentId}`)) ||
          null;
        // Without an e-mail, one name within one file is one parent (siblings share parents).
        const pKey = row.parent.email ?? `name:${nameKey(row.parent)}`;
        const entry = detail.parents.get(pKey) ?? { id: existing, row, childKeys: new Set<string>() };
        entry.id ??= existing;
        entry.childKeys.add(sKey);
        detail.parents.set(pKey, entry);
        parentState = entry.id ? "existing" : "new";
      }
    }
    rows.push({
      line: row.line,
      studentName: fullName(row.student),
      birthDate: row.student.birthDate,
      classLabel,
      parentName: pName,
      parentEmail: row.parent?.email ?? null,
      student: studentId ? "existing" : "new",
      parent: parentState,
      problems: row.problems,
    });
  });
  for (const label of newClasses) classes.set(label, null);

  const studentsAll = [...detail.students.values()];
  const parentsAll = [...detail.parents.values()];
  return {
    ok: true,
    detail,
    plan: {
      rows,
      problemRows: rows.filter((r) => r.problems.length).length,
      newClasses: [...newClasses].sort(),
      counts: {
        newStudents: studentsAll.filter((s) => !s.id).length,
        existingStudents: studentsAll.filter((s) => s.id).length,
        newParents: parentsAll.filter((p) => !p.id).length,
        existingParents: parentsAll.filter((p) => p.id).length,
      },
    },
  };
}
