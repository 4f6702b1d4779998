// The in-memory model the seed builds before it turns everything into rows.
import type { AbsenceKind, JournalKind, Role, SpecialistKind } from "../../generated/prisma/enums";
import type { Day, YearCalendar } from "./calendar";
import type { FullName } from "./names";
import type { Rng } from "./random";
import type { Rows } from "./rows";

export type Person = {
  id: string;
  name: FullName;
  birthDay: Day | null;
  email: string | null;
  /** Set for the demo accounts only. */
  login: string | null;
  roles: { role: Role; specialistKind?: SpecialistKind }[];
};

export type Student = Person & {
  /** General ability, a standard normal variate: strong students are > 0. */
  ability: number;
  /** Ability per subject, around the general one. */
  subjectAbility: Map<string, number>;
};

export type Teacher = Person & { specialty: string; room: string };

export type ClassP = {
  id: string;
  yearId: string;
  grade: number;
  letter: string;
  label: string;
  students: Student[];
  classTeacherId: string | null;
};

export type AssignmentP = {
  id: string;
  yearId: string;
  subject: string;
  subjectId: string;
  teacherId: string;
  cls: ClassP | null;
  groupId: string | null;
  journal: JournalKind;
  keepsHomeworkJournal: boolean;
  students: Student[];
  grade: number;
  hours: number;
  specialty: string;
  /** What the afternoon journals are (EXTRA only). */
  extra: "club" | "extended-day" | "consultation" | null;
  slots: { weekday: number; lessonNumber: number; room: string }[];
};

export type YearP = {
  id: string;
  cal: YearCalendar;
  isCurrent: boolean;
  classes: ClassP[];
  assignments: AssignmentP[];
  periodIds: Map<number, string>;
};

/** One numeric MAIN mark, kept for averages (final marks, milestones). */
export type MarkEntry = { day: Day; value: number; weight: number };

/** Marks per student and subject, for the averages that final marks and milestones need. */
export class MarkLog {
  private byKey = new Map<string, MarkEntry[]>();

  add(studentId: string, subjectId: string, entry: MarkEntry): void {
    const key = `${studentId}|${subjectId}`;
    const list = this.byKey.get(key);
    if (list) list.push(entry);
    else this.byKey.set(key, [entry]);
  }

  /** The weighted average of marks in [from, to], or null without marks. */
  average(studentId: string, subjectId: string, from: Day, to: Day): number | null {
    const list = this.byKey.get(`${studentId}|${subjectId}`);
    if (!list) return null;
    let sum = 0;
    let weights = 0;
    for (const m of list) {
      if (m.day < from || m.day > to) continue;
      sum += m.value * m.weight;
      weights += m.weight;
    }
    return weights === 0 ? null : sum / weights;
  }
}

/** Shared state of one school's seed. */
export type SchoolCtx = {
  schoolId: string;
  rows: Rows;
  today: Day;
  subjectIds: Map<string, string>;
  /** A moment for createdAt columns: the seed writes history as if it happened on those days. */
  stamp: (day: Day, lessonNumber?: number) => Date;
};

export type JournalCtx = SchoolCtx & {
  rng: Rng;
  year: YearP;
  marks: MarkLog;
  /** Whole days a student missed: day → kind. */
  absences: Map<string, Map<Day, AbsenceKind>>;
  /** A free teacher of the same subject for a lesson, or null. */
  substituteFor: (a: AssignmentP, day: Day, lessonNumber: number) => string | null;
  /** Students who must get at least one control-work mark with elements (the demo children). */
  needElements: Set<string>;
};

export function fullNameOf(p: { name: FullName }): string {
  return `${p.name.lastName} ${p.name.firstName} ${p.name.middleName}`;
}

/** The row of a person in User, plus their UserRole rows. */
export function pushPerson(ctx: SchoolCtx, p: Person, extra: { passwordHash?: string; registeredAt?: Date } = {}): void {
  const hasLogin = p.login !== null && extra.passwordHash !== undefined;
  ctx.rows.user.push({
    id: p.id,
    schoolId: ctx.schoolId,
    login: hasLogin ? p.login : null,
    passwordHash: hasLogin ? extra.passwordHash : null,
    lastName: p.name.lastName,
    firstName: p.name.firstName,
    middleName: p.name.middleName,
    birthDate: p.birthDay === null ? null : new Date(p.birthDay * 86_400_000),
    email: p.email,
    emailConfirmedAt: hasLogin && p.email ? extra.registeredAt : null,
    registeredAt: hasLogin ? extra.registeredAt : null,
  });
  for (const r of p.roles) {
    ctx.rows.userRole.push({ userId: p.id, role: r.role, specialistKind: r.specialistKind ?? null });
  }
}
