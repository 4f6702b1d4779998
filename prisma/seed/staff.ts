// Teachers: a pool per specialty, the allocation of classes to teachers (at most 26 lessons a
// week each, and no more than the days of their classes can hold) and the choice of class
// teachers.
import { curriculumOf, specialtyOf, SPLIT_SUBJECT, type RoomBook } from "./curriculum";
import type { ClassP, Teacher } from "./model";
import type { Gender, NameGenerator } from "./names";
import type { Rng } from "./random";
import { newId } from "./rows";
import { dayShape } from "./timetable";

export const MAX_WEEKLY_LOAD = 26;
/** Of the lessons of the week when one of a teacher's classes is at school, how many stay free
 *  for the teacher (from their second class on). */
const FREE_LESSONS = 5;

const MALE_SHARE: Record<string, number> = { pe: 0.5, obzr: 0.8, informatics: 0.5, physics: 0.4, labour: 0.4 };

/** Teachers by specialty; the same (specialty, index) is the same person in every year. */
export class TeacherPool {
  private bySpecialty = new Map<string, Teacher[]>();
  private extras = new Map<string, Teacher>();

  constructor(
    private readonly rng: Rng,
    private readonly names: NameGenerator,
    private readonly rooms: RoomBook,
  ) {}

  get(specialty: string, index: number): Teacher {
    let list = this.bySpecialty.get(specialty);
    if (!list) this.bySpecialty.set(specialty, (list = []));
    while (list.length <= index) {
      const gender: Gender = this.rng.chance(MALE_SHARE[specialty] ?? 0.15) ? "M" : "F";
      list.push({
        id: newId(),
        name: this.names.adult(gender),
        birthDay: null,
        email: null,
        login: null,
        roles: [{ role: "TEACHER" }],
        specialty,
        room: this.rooms.roomFor(specialty),
      });
    }
    return list[index];
  }

  /** A teacher outside the numbered team of a specialty (the head teacher, who teaches a little). */
  extra(specialty: string, key: string): Teacher {
    const found = this.extras.get(key);
    if (found) return found;
    const t = this.get(`${specialty}#${key}`, 0);
    t.specialty = specialty;
    this.extras.set(key, t);
    return t;
  }

  all(): Teacher[] {
    return [...this.bySpecialty.values()].flat();
  }

  ofSpecialty(specialty: string): Teacher[] {
    return this.bySpecialty.get(specialty) ?? [];
  }
}

/** One teacher's share of a class: the subjects of one specialty (or one English group). */
export type Bundle = {
  cls: ClassP;
  specialty: string;
  subjects: { subject: string; hours: number }[];
  hours: number;
  /** 1 or 2 for the halves of a split class. */
  group: number | null;
  teacher?: Teacher;
};

/** Splits every class's curriculum into bundles and gives each to a teacher (first fit). */
export function allocateTeachers(
  classes: ClassP[],
  pool: TeacherPool,
  curriculum: (grade: number) => { subject: string; hours: number }[] = curriculumOf,
  /** Bundles given to a particular teacher, whatever the load. */
  pinned: { cls: ClassP; specialty: string; teacher: Teacher }[] = [],
): Bundle[] {
  const bundles: Bundle[] = [];
  for (const cls of classes) {
    const bySpecialty = new Map<string, Bundle>();
    for (const { subject, hours } of curriculum(cls.grade)) {
      const specialty = specialtyOf(subject, cls.grade);
      if (subject === SPLIT_SUBJECT) {
        for (const group of [1, 2]) {
          bundles.push({ cls, specialty, subjects: [{ subject, hours }], hours, group });
        }
        continue;
      }
      let b = bySpecialty.get(specialty);
      if (!b) {
        b = { cls, specialty, subjects: [], hours: 0, group: null };
        bySpecialty.set(specialty, b);
        bundles.push(b);
      }
      b.subjects.push({ subject, hours });
      b.hours += hours;
    }
  }
  // A class's lessons per weekday (its timetable has no gaps), from its weekly total.
  const shapes = new Map<ClassP, number[]>();
  for (const cls of classes) shapes.set(cls, dayShape(curriculum(cls.grade).reduce((sum, s) => sum + s.hours, 0)));
  const loads = new Map<string, number>();
  /** Per teacher and weekday, the longest day of their classes: the lessons they can teach at. */
  const days = new Map<string, number[]>();
  for (const b of bundles) {
    const pin = pinned.find((p) => p.cls === b.cls && p.specialty === b.specialty && b.group === null);
    if (pin) {
      b.teacher = pin.teacher;
      continue;
    }
    for (let i = 0; ; i++) {
      const t = pool.get(b.specialty, i);
      const load = loads.get(t.id) ?? 0;
      // The two halves of a class have their lessons at the same time: two different teachers.
      const sibling = b.group !== null && bundles.some((o) => o !== b && o.cls === b.cls && o.teacher === t);
      // A teacher can only teach while one of their classes has lessons: the short days of the
      // primary grades (22 lessons a week) cannot hold 26 lessons of one teacher. A second class
      // is taken only if some of those lessons stay free, so that the timetable search has room.
      const shape = shapes.get(b.cls)!;
      const reach = (days.get(t.id) ?? shape).reduce((sum, n, d) => sum + Math.max(n, shape[d]), 0);
      const limit = load === 0 ? MAX_WEEKLY_LOAD : Math.min(MAX_WEEKLY_LOAD, reach - FREE_LESSONS);
      if (load + b.hours <= limit && !sibling) {
        b.teacher = t;
        loads.set(t.id, load + b.hours);
        days.set(
          t.id,
          shape.map((n, d) => Math.max(n, days.get(t.id)?.[d] ?? 0)),
        );
        break;
      }
      if (i > 500) throw new Error(`Cannot place ${b.specialty} for ${b.cls.label}`);
    }
  }
  return bundles;
}

/** The teacher of a subject in a class (the first group's for a split subject). */
export function teacherOf(bundles: Bundle[], cls: ClassP, subject: string): Teacher | undefined {
  return bundles.find((b) => b.cls === cls && b.subjects.some((s) => s.subject === subject))?.teacher;
}

/**
 * Class teachers: the given ones first, then for each class the teacher with most hours in it
 * who leads no other class yet.
 */
export function chooseClassTeachers(classes: ClassP[], bundles: Bundle[], fixed: Map<ClassP, Teacher>, excluded: Set<string>): void {
  const taken = new Set<string>([...fixed.values()].map((t) => t.id));
  for (const [cls, t] of fixed) cls.classTeacherId = t.id;
  for (const cls of classes) {
    if (cls.classTeacherId) continue;
    const candidates = bundles
      .filter((b) => b.cls === cls && b.teacher && !taken.has(b.teacher.id) && !excluded.has(b.teacher.id))
      .sort((a, b) => b.hours - a.hours);
    const chosen = candidates[0]?.teacher;
    if (chosen) {
      cls.classTeacherId = chosen.id;
      taken.add(chosen.id);
    } else {
      // Everyone teaching here already leads a class: a teacher may lead two.
      cls.classTeacherId = bundles.find((b) => b.cls === cls && b.teacher)?.teacher?.id ?? null;
    }
  }
}
