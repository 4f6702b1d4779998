// Saving one journal cell (a mark and/or attendance) — the core behind saveCellAction, callable
// with a viewer so that integration tests can drive it. Concurrency: last write wins, and every
// write is in the audit log with its before/after (docs/adr/0004-journal-concurrency.md).
import "server-only";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit";
import { NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { findWritableLesson, isStudentOf } from "@/lib/data/journal-access";
import { toIsoDate, todayIn } from "@/lib/time/dates";
import { formatCell, parseCell, type AbsenceKind } from "@/lib/marks/cell";
import type { JournalKindName } from "@/lib/data/journal";
import type { saveCellSchema } from "@/lib/validations/journal";
import type { z } from "zod";

/** The audit log's stable id of a cell: a mark deleted and set again keeps one history. */
export function cellKey(lessonId: string, studentId: string, journal: string): string {
  return `${lessonId}/${studentId}/${journal}`;
}

export function journalsOf(a: { journal: string; keepsHomeworkJournal: boolean }): JournalKindName[] {
  if (a.journal === "EXTRA") return ["EXTRA"];
  return a.keepsHomeworkJournal ? ["MAIN", "HOMEWORK"] : ["MAIN"];
}

export type SavedCell = { text: string; comment: string | null; version: number | null };

export async function saveCell(viewer: Viewer, input: z.output<typeof saveCellSchema>): Promise<SavedCell> {
  const lesson = await findWritableLesson(viewer, input.lessonId);
  if (!lesson || !journalsOf(lesson.assignment).includes(input.journal)) throw new UserError(NOT_FOUND_MESSAGE);
  if (!(await isStudentOf(lesson.assignment, viewer.school.id, input.studentId))) {
    throw new UserError("Этот ученик не учится в этом классе или группе.");
  }
  // A lesson planned ahead (PLN-4) carries a topic, homework and its kind of work, but nobody
  // has answered or missed it yet.
  if (toIsoDate(lesson.date) > todayIn(viewer.school.timezone)) {
    const message = "Урок ещё не прошёл: оценки и пропуски ставятся в день урока или позже.";
    throw new UserError(message, { text: [message] });
  }
  const parsed = parseCell(input.text);
  if (!parsed.ok) throw new UserError(parsed.message, { text: [parsed.message] });
  const { mark, attendance } = parsed.cell;
  if (input.journal === "HOMEWORK" && attendance) {
    throw new UserError("В журнале домашних работ посещаемость не отмечается.", { text: ["Только оценка."] });
  }
  const schoolId = viewer.school.id;
  const actorId = viewer.userId;
  const key = cellKey(lesson.id, input.studentId, input.journal);

  return prisma.$transaction(async (tx) => {
    // One cell at a time: concurrent saves of the same cell queue here, each sees the other's result.
    await tx.$queryRaw`SELECT 1 AS ok FROM pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    const where = { lessonId: lesson.id, studentId: input.studentId };
    const [oldMark, oldAtt] = await Promise.all([
      tx.mark.findUnique({
        where: { lessonId_studentId_journal: { ...where, journal: input.journal } },
        select: { id: true, value: true, comment: true, version: true },
      }),
      input.journal === "HOMEWORK"
        ? Promise.resolve(null)
        : tx.attendance.findUnique({ where: { lessonId_studentId: where }, select: { id: true, kind: true, minutesLate: true } }),
    ]);

    let version: number | null = oldMark?.version ?? null;
    let comment = oldMark?.comment ?? null;
    if (input.comment !== undefined) comment = input.comment || null;
    if (!mark && oldMark) {
      await tx.mark.delete({ where: { id: oldMark.id } });
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "mark.delete",
        entity: "Mark",
        entityId: key,
        before: { value: oldMark.value, comment: oldMark.comment },
      });
      version = null;
      comment = null;
    } else if (mark && !oldMark) {
      const created = await tx.mark.create({
        data: {
          schoolId,
          ...where,
          journal: input.journal,
          value: mark.value,
          numeric: mark.numeric,
          workType: input.journal === "HOMEWORK" ? "HOMEWORK" : lesson.workType,
          weight: lesson.weight,
          comment,
          authorId: actorId,
        },
        select: { version: true },
      });
      version = created.version;
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "mark.create",
        entity: "Mark",
        entityId: key,
        after: { value: mark.value, comment },
      });
    } else if (mark && oldMark && (oldMark.value !== mark.value || oldMark.comment !== comment)) {
      const updated = await tx.mark.update({
        where: { id: oldMark.id },
        data: { value: mark.value, numeric: mark.numeric, comment, authorId: actorId, version: { increment: 1 } },
        select: { version: true },
      });
      version = updated.version;
      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "mark.update",
        entity: "Mark",
        entityId: key,
        before: { value: oldMark.value, comment: oldMark.comment, version: oldMark.version },
        after: { value: mark.value, comment, version },
      });
    }

    if (input.journal !== "HOMEWORK") {
      const attKey = cellKey(lesson.id, input.studentId, "ATTENDANCE");
      const before = oldAtt ? { kind: oldAtt.kind, minutesLate: oldAtt.minutesLate } : null;
      if (!attendance && oldAtt) {
        await tx.attendance.delete({ where: { id: oldAtt.id } });
        await writeAudit(tx, { schoolId, actorId, action: "attendance.delete", entity: "Attendance", entityId: attKey, before });
      } else if (attendance && !oldAtt) {
        await tx.attendance.create({ data: { schoolId, ...where, ...attendance, authorId: actorId } });
        await writeAudit(tx, { schoolId, actorId, action: "attendance.create", entity: "Attendance", entityId: attKey, after: attendance });
      } else if (attendance && oldAtt && (oldAtt.kind !== attendance.kind || oldAtt.minutesLate !== attendance.minutesLate)) {
        await tx.attendance.update({ where: { id: oldAtt.id }, data: { ...attendance, authorId: actorId } });
        await writeAudit(tx, {
          schoolId,
          actorId,
          action: "attendance.update",
          entity: "Attendance",
          entityId: attKey,
          before,
          after: attendance,
        });
      }
    }
    const att = attendance ? { kind: attendance.kind as AbsenceKind, minutesLate: attendance.minutesLate } : null;
    return { text: formatCell(mark?.value ?? null, att), comment: mark ? comment : null, version };
  });
}

const ACTION_LABELS: Record<string, string> = {
  "mark.create": "поставлена",
  "mark.update": "изменена",
  "mark.delete": "удалена",
  "attendance.create": "отмечен пропуск",
  "attendance.update": "изменён пропуск",
  "attendance.delete": "снят пропуск",
};

export type HistoryEntry = { at: string; who: string; what: string; before: string | null; after: string | null };

function describe(v: unknown): string | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.value === "string") return o.comment ? `${o.value} (${String(o.comment)})` : o.value;
  if (typeof o.kind === "string")
    return formatCell(null, { kind: o.kind as AbsenceKind, minutesLate: (o.minutesLate as number | null) ?? null });
  return null;
}

/** A cell's history from the audit log, oldest first. */
export async function markHistory(viewer: Viewer, lessonId: string, studentId: string, journal: string): Promise<HistoryEntry[]> {
  const lesson = await findWritableLesson(viewer, lessonId);
  if (!lesson) throw new UserError(NOT_FOUND_MESSAGE);
  const rows = await prisma.auditLog.findMany({
    where: {
      schoolId: viewer.school.id,
      entityId: { in: [cellKey(lessonId, studentId, journal), cellKey(lessonId, studentId, "ATTENDANCE")] },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { createdAt: true, action: true, before: true, after: true, actorId: true },
  });
  const actors = await prisma.user.findMany({
    where: { id: { in: rows.map((r) => r.actorId).filter((x): x is string => !!x) }, schoolId: viewer.school.id },
    select: { id: true, lastName: true, firstName: true, middleName: true },
  });
  const name = new Map(actors.map((a) => [a.id, `${a.lastName} ${a.firstName[0]}.${a.middleName ? ` ${a.middleName[0]}.` : ""}`]));
  return rows.map((r) => ({
    at: r.createdAt.toISOString(),
    who: (r.actorId && name.get(r.actorId)) || "—",
    what: ACTION_LABELS[r.action] ?? r.action,
    before: describe(r.before),
    after: describe(r.after),
  }));
}
