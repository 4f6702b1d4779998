// The staff kind of the import (ADM-6): a staff sheet — ФИО, должность (one or several, comma-
// separated), e-mail — read by the same table reader (./table.ts) and committed the same way as
// the people import (./run.ts): a preview with every row's problems, then all-or-nothing under a
// per-school lock, invite codes for the people it created, an audit record.
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { fullName } from "@/lib/names";
import { issueInviteCodes, STAFF_CODE_ROLES, type StaffRole } from "@/lib/accounts/invite-codes";
import { UserError } from "@/lib/user-error";
import { nameKey, type PersonName } from "./rows";
import type { Cell } from "./table";

type Specialist = "SOCIAL_PEDAGOGUE" | "PSYCHOLOGIST" | "NURSE" | "LIBRARIAN" | "SECRETARY";
type Position = { role: StaffRole; specialistKind: Specialist | null };

/** Positions as schools write them; the first matching prefix wins (longest first). */
const POSITIONS: [string, Position][] = (
  [
    ["заместитель директора", { role: "HEAD_TEACHER", specialistKind: null }],
    ["социальный педагог", { role: "SPECIALIST", specialistKind: "SOCIAL_PEDAGOGUE" }],
    ["соцпедагог", { role: "SPECIALIST", specialistKind: "SOCIAL_PEDAGOGUE" }],
    ["педагог-психолог", { role: "SPECIALIST", specialistKind: "PSYCHOLOGIST" }],
    ["психолог", { role: "SPECIALIST", specialistKind: "PSYCHOLOGIST" }],
    ["медицинская сестра", { role: "SPECIALIST", specialistKind: "NURSE" }],
    ["медсестра", { role: "SPECIALIST", specialistKind: "NURSE" }],
    ["медработник", { role: "SPECIALIST", specialistKind: "NURSE" }],
    ["библиотекарь", { role: "SPECIALIST", specialistKind: "LIBRARIAN" }],
    ["секретарь", { role: "SPECIALIST", specialistKind: "SECRETARY" }],
    ["куратор", { role: "CURATOR", specialistKind: null }],
    ["директор", { role: "DIRECTOR", specialistKind: null }],
    ["завуч", { role: "HEAD_TEACHER", specialistKind: null }],
    ["учитель", { role: "TEACHER", specialistKind: null }],
    ["педагог", { role: "TEACHER", specialistKind: null }],
    ["классный руководитель", { role: "TEACHER", specialistKind: null }],
  ] as [string, Position][]
).sort((a, b) => b[0].length - a[0].length);

type Column = "fio" | "last" | "first" | "middle" | "position" | "email";
const HEADERS: Record<string, Column> = {
  фио: "fio",
  "фио сотрудника": "fio",
  сотрудник: "fio",
  фамилия: "last",
  имя: "first",
  отчество: "middle",
  должность: "position",
  должности: "position",
  роль: "position",
  роли: "position",
  "e-mail": "email",
  email: "email",
  "электронная почта": "email",
  почта: "email",
};
const norm = (c: Cell) => (c == null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).replace(/\s+/g, " ").trim();
const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parsePositions(text: string): { positions: Position[]; unknown: string[] } {
  const positions: Position[] = [];
  const unknown: string[] = [];
  for (const part of text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[,;/]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const hit = POSITIONS.find(([prefix]) => part.startsWith(prefix));
    if (hit) positions.push(hit[1]);
    else unknown.push(part);
  }
  return { positions, unknown };
}

export type StaffPlanRow = {
  line: number;
  name: string;
  email: string | null;
  positions: string;
  state: "new" | "existing";
  problems: string[];
};
export type StaffPlan = { rows: StaffPlanRow[]; problemRows: number; counts: { newStaff: number; existingStaff: number } };
type Parsed = { line: number; person: PersonName; email: string | null; positions: Position[]; existingId: string | null };

type Db = Pick<Prisma.TransactionClient, "user">;

export async function planStaffImport(
  db: Db,
  schoolId: string,
  table: Cell[][],
): Promise<{ ok: true; plan: StaffPlan; parsed: Parsed[] } | { ok: false; message: string }> {
  const columns: Partial<Record<Column, number>> = {};
  table[0].forEach((h, i) => {
    const key = HEADERS[norm(h).toLowerCase().replace(/ё/g, "е").replace(/[:*]$/, "")];
    if (key && columns[key] === undefined) columns[key] = i;
  });
  const missing: string[] = [];
  if (columns.fio === undefined && (columns.last === undefined || columns.first === undefined))
    missing.push("«ФИО» (или «Фамилия» и «Имя»)");
  if (columns.position === undefined) missing.push("«Должность»");
  if (missing.length) return { ok: false, message: `В первой строке нет столбцов: ${missing.join(", ")}.` };

  const staff = await db.user.findMany({
    where: { schoolId, deletedAt: null, roles: { some: { role: { in: [...STAFF_CODE_ROLES] } } } },
    select: { id: true, lastName: true, firstName: true, middleName: true, email: true },
  });
  const byName = new Map(staff.map((s) => [nameKey(s), s.id]));
  const byEmail = new Map(staff.filter((s) => s.email).map((s) => [`${s.email!.toLowerCase()}|${nameKey(s)}`, s.id]));
  const rows: StaffPlanRow[] = [];
  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const get = (c: Column) => (columns[c] === undefined ? "" : norm(cells[columns[c]!] ?? null));
    const problems: string[] = [];
    let person: PersonName | null = null;
    if (columns.fio !== undefined) {
      const parts = get("fio").split(" ").filter(Boolean);
      if (parts.length >= 2) person = { lastName: parts[0], firstName: parts[1], middleName: parts.slice(2).join(" ") || null };
    } else if (get("last") && get("first")) person = { lastName: get("last"), firstName: get("first"), middleName: get("middle") || null };
    if (!person) problems.push("Нет фамилии и имени.");
    else if (![person.lastName, person.firstName, person.middleName ?? "А"].every((p) => NAME.test(p) && p.length <= 60))
      problems.push("В ФИО есть лишние знаки.");
    const email = get("email").toLowerCase() || null;
    if (email && !EMAIL.test(email)) problems.push(`E-mail «${email}» неверный.`);
    const { positions, unknown } = parsePositions(get("position"));
    if (!get("position")) problems.push("Не указана должность.");
    else if (unknown.length)
      problems.push(
        `Должность «${unknown[0]}» не распознана: пишите «учитель», «завуч», «директор», «психолог», «социальный педагог», «медсестра», «библиотекарь», «секретарь» или «куратор».`,
      );
    if (positions.filter((p) => p.specialistKind).length > 1) problems.push("Можно указать только одну должность специалиста.");
    const key = person ? nameKey(person) : "";
    if (person && !problems.length) {
      const first = seen.get(key);
      if (first) problems.push(`Повторяет строку ${first}.`);
      else seen.set(key, line);
    }
    const existingId = person ? (email && byEmail.get(`${email}|${key}`)) || byName.get(key) || null : null;
    rows.push({
      line,
      name: person ? fullName(person) : "",
      email,
      positions: get("position"),
      state: existingId ? "existing" : "new",
      problems,
    });
    if (person && !problems.length) parsed.push({ line, person, email, positions, existingId });
  });
  const ok = rows.filter((r) => !r.problems.length);
  return {
    ok: true,
    parsed,
    plan: {
      rows,
      problemRows: rows.length - ok.length,
      counts: { newStaff: ok.filter((r) => r.state === "new").length, existingStaff: ok.filter((r) => r.state === "existing").length },
    },
  };
}

export type CreatedStaff = { name: string; positions: string; code: string };
export type StaffImportResult = { counts: StaffPlan["counts"]; created: CreatedStaff[] };

/** Creates the new staff (existing ones are left as they are) and their invite codes, all or nothing. */
export async function runStaffImport(schoolId: string, actorId: string, table: Cell[][]): Promise<StaffImportResult> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`import:${schoolId}`}))`;
      const planned = await planStaffImport(tx, schoolId, table);
      if (!planned.ok) throw new UserError(planned.message);
      if (planned.plan.problemRows)
        throw new UserError(`В файле есть ошибки (${planned.plan.problemRows}): исправьте их и загрузите файл снова.`);
      const created: { id: string; name: string; positions: string; role: StaffRole }[] = [];
      for (const p of planned.parsed) {
        if (p.existingId) continue;
        const roles = new Map<StaffRole, Position>();
        for (const pos of p.positions) roles.set(pos.role, pos);
        const u = await tx.user.create({
          data: {
            schoolId,
            lastName: p.person.lastName,
            firstName: p.person.firstName,
            middleName: p.person.middleName,
            email: p.email,
            roles: { create: [...roles.values()] },
          },
          select: { id: true },
        });
        const role = STAFF_CODE_ROLES.find((r) => roles.has(r))!;
        created.push({ id: u.id, name: fullName(p.person), positions: planned.plan.rows.find((r) => r.line === p.line)!.positions, role });
      }
      const issued = created.length
        ? await issueInviteCodes(tx, { schoolId, actorId, requests: created.map((c) => ({ studentId: c.id, role: c.role })) })
        : [];
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "import.staff",
        entity: "Import",
        after: { ...planned.plan.counts, rows: planned.plan.rows.length },
      });
      return {
        counts: planned.plan.counts,
        created: created.map((c, i) => ({ name: c.name, positions: c.positions, code: issued[i].code })),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
