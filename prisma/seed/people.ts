// Students and their families. Every child gets one or two parents (most often the mother),
// whose names agree with the child's surname and patronymic; parents have e-mails on
// example.ru but no login: they register later with invite codes.
import { dayOf, type Day } from "./calendar";
import type { Person, SchoolCtx, Student } from "./model";
import type { EmailBook, FullName, Gender, NameGenerator } from "./names";
import type { Rng } from "./random";
import { newId } from "./rows";

/** A parent of a fixed (demo) family. */
export type FixedParent = { name: FullName; login: string | null; email: string };
/** A fixed (demo) child. */
export type FixedStudent = {
  name: FullName;
  birth: readonly [number, number];
  login: string | null;
  email: string | null;
  family: string;
};

export type PeopleDeps = {
  ctx: SchoolCtx;
  rng: Rng;
  names: NameGenerator;
  emails: EmailBook;
  /** Every person created, in creation order (written at the end, when roles are final). */
  people: Person[];
  families: Map<string, Person[]>;
  fixedFamilies: Record<string, FixedParent[]>;
};

export function makePerson(name: FullName, extra: Partial<Person> = {}): Person {
  return { id: newId(), name, birthDay: null, email: null, login: null, roles: [], ...extra };
}

function birthFor(rng: Rng, grade: number, startYear: number): Day {
  // A child in grade g in the year starting Y was born between September of Y−g−6 and August of Y−g−5.
  return dayOf(startYear - grade - 6, 9, 1) + rng.int(0, 364);
}

function newStudent(rng: Rng, name: FullName, birthDay: Day, extra: Partial<Person> = {}): Student {
  return {
    ...makePerson(name, extra),
    birthDay,
    roles: [{ role: "STUDENT" }],
    ability: rng.normal(),
    subjectAbility: new Map(),
  };
}

function link(deps: PeopleDeps, parent: Person, child: Student): void {
  deps.ctx.rows.parentLink.push({ schoolId: deps.ctx.schoolId, parentId: parent.id, childId: child.id });
}

function parentsOfFixedFamily(deps: PeopleDeps, key: string): Person[] {
  let parents = deps.families.get(key);
  if (!parents) {
    parents = (deps.fixedFamilies[key] ?? []).map((p) => {
      deps.emails.reserve(p.email);
      return makePerson(p.name, { email: p.email, login: p.login, roles: [{ role: "PARENT" }] });
    });
    deps.people.push(...parents);
    deps.families.set(key, parents);
  }
  return parents;
}

/** The students of a class: the fixed ones and random ones up to `size`, alphabetically. */
export function makeClassStudents(
  deps: PeopleDeps,
  grade: number,
  startYear: number,
  size: number,
  fixed: FixedStudent[],
  /** Random students get one or two parents; the small second school has none for them. */
  withParents = true,
): Student[] {
  const { rng, names } = deps;
  const students: Student[] = [];
  for (const f of fixed) {
    const birth = dayOf(startYear - grade - 5, f.birth[0], f.birth[1]);
    const s = newStudent(rng, f.name, birth, { login: f.login, email: f.email });
    // The demo children are solid but not perfect students.
    s.ability = 0.4 + 0.3 * rng.next();
    students.push(s);
    deps.people.push(s);
    for (const parent of parentsOfFixedFamily(deps, f.family)) link(deps, parent, s);
  }
  while (students.length < size) {
    const gender: Gender = rng.chance(0.5) ? "M" : "F";
    const surname = names.randomSurname();
    const father = names.randomFather();
    const s = newStudent(rng, names.child(gender, surname, father), birthFor(rng, grade, startYear));
    students.push(s);
    deps.people.push(s);
    if (!withParents) continue;
    const parents: Person[] = [];
    const hasMother = rng.chance(0.88);
    if (hasMother) parents.push(makePerson(names.adult("F", surname)));
    if (!hasMother || rng.chance(0.5)) parents.push(makePerson(names.fatherOf(surname, father)));
    for (const p of parents) {
      p.email = deps.emails.make(p.name);
      p.roles.push({ role: "PARENT" });
      deps.people.push(p);
      link(deps, p, s);
    }
  }
  return students.sort(
    (a, b) => a.name.lastName.localeCompare(b.name.lastName, "ru") || a.name.firstName.localeCompare(b.name.firstName, "ru"),
  );
}
