// The demo school, СОШ № 17: staff, classes and families, the current year with its journals,
// previous years, and the demo accounts placed where the README says they are.
import { buildYearCalendar, studyYearStartFor, type Day } from "./calendar";
import { RoomBook } from "./curriculum";
import { DEMO_BIRTHDAYS, DEMO_LOGINS, DEMO_SURNAMES, demoName, type DemoLoginKey } from "./demo";
import { addDemoDetails } from "./demo-details";
import { addAfternoonGroups } from "./extras";
import type { ClassP, Person, SchoolCtx, Student, Teacher, YearP } from "./model";
import { NameGenerator, type EmailBook, type Gender } from "./names";
import { makeClassStudents, makePerson, type FixedStudent, type PeopleDeps } from "./people";
import { rngFor } from "./random";
import { finalMarksWithoutJournal, milestones, plannedControlWorks } from "./results";
import type { Rows } from "./rows";
import { classLayout, createSchool } from "./school-base";
import { chooseClassTeachers, teacherOf, TeacherPool } from "./staff";
import { runYearJournal } from "./year-journal";
import { createAssignments, createClasses, createTimetable, createYear, pushYearRows, teacherRooms, type Cohort } from "./year";

export type SchoolResult = { ctx: SchoolCtx; people: Person[]; teachers: Teacher[]; years: YearP[] };

const SPECIALISTS = [
  ["SOCIAL_PEDAGOGUE", "F"],
  ["NURSE", "F"],
  ["LIBRARIAN", "F"],
  ["SECRETARY", "F"],
] as const;

function demoPerson(key: DemoLoginKey, gender: Gender, roles: Person["roles"]): Person {
  const d = DEMO_LOGINS[key];
  return makePerson(demoName(key, gender), { login: d.login, email: d.email, roles });
}

/** Gives a teacher of the pool the name and account of a demo login. */
function becomeDemo(t: Teacher, key: DemoLoginKey, gender: Gender): void {
  t.name = demoName(key, gender);
  t.login = DEMO_LOGINS[key].login;
  t.email = DEMO_LOGINS[key].email;
}

export function buildMainSchool(rows: Rows, today: Day, emails: EmailBook, opts: { classes: number; years: number }): SchoolResult {
  const ctx = createSchool(rows, today, {
    name: "МБОУ «Средняя общеобразовательная школа № 17»",
    shortName: "СОШ № 17",
    address: "г. Казань, ул. Гагарина, д. 12",
    paidServices: ["KR_ANALYSIS"],
  });
  const rng = rngFor("main:people");
  const names = new NameGenerator(rngFor("main:names"), DEMO_SURNAMES);
  const people: Person[] = [];

  // Administration and specialists.
  const director = demoPerson("director", "M", [{ role: "DIRECTOR" }]);
  const curator = demoPerson("curator", "F", [{ role: "CURATOR" }]);
  const psychologist = demoPerson("psychologist", "F", [{ role: "SPECIALIST", specialistKind: "PSYCHOLOGIST" }]);
  people.push(director, curator, psychologist);
  const specialists: Record<string, Person> = { PSYCHOLOGIST: psychologist };
  for (const [kind, gender] of SPECIALISTS) {
    const p = makePerson(names.adult(gender), { roles: [{ role: "SPECIALIST", specialistKind: kind }] });
    p.email = emails.make(p.name);
    specialists[kind] = p;
    people.push(p);
  }
  for (const p of people) names.reserve(p.name);

  // Families and classes. The demo children sit in 5А, 5Б and 9А.
  const fixed: Record<string, FixedStudent[]> = {
    "5А": [
      {
        name: demoName("student", "M"),
        birth: DEMO_BIRTHDAYS.student,
        login: "student",
        email: DEMO_LOGINS.student.email,
        family: "sokolov",
      },
    ],
    "9А": [
      {
        name: demoName("student9", "F"),
        birth: DEMO_BIRTHDAYS.student9,
        login: "student9",
        email: DEMO_LOGINS.student9.email,
        family: "sokolov",
      },
    ],
    "5Б": [
      {
        name: { lastName: "Морозова", firstName: "Дарья", middleName: "Андреевна", gender: "F" },
        birth: DEMO_BIRTHDAYS.morozova,
        login: null,
        email: null,
        family: "morozov",
      },
    ],
  };
  const deps: PeopleDeps = {
    ctx,
    rng,
    names,
    emails,
    people,
    families: new Map(),
    fixedFamilies: {
      sokolov: [
        { name: demoName("parent", "F"), login: "parent", email: DEMO_LOGINS.parent.email },
        {
          name: { lastName: "Соколов", firstName: "Дмитрий", middleName: "Андреевич", gender: "M" },
          login: null,
          email: "sokolov.d@example.ru",
        },
      ],
      morozov: [
        { name: demoName("parent2", "M"), login: "parent2", email: DEMO_LOGINS.parent2.email },
        {
          name: { lastName: "Морозова", firstName: "Ольга", middleName: "Игоревна", gender: "F" },
          login: null,
          email: "morozova.o@example.ru",
        },
      ],
    },
  };
  for (const list of Object.values(fixed)) for (const f of list) names.reserve(f.name);
  for (const fam of Object.values(deps.fixedFamilies)) for (const p of fam) names.reserve(p.name);

  const startYear = studyYearStartFor(today);
  const cohorts: Cohort[] = classLayout(opts.classes).map(({ grade, letter }) => ({
    grade,
    letter,
    classTeacherId: null,
    students: makeClassStudents(deps, grade, startYear, rng.int(24, 27), fixed[`${grade}${letter}`] ?? []),
  }));
  const demoStudent = (login: string) => people.find((p) => p.login === login) as Student;
  const student = demoStudent("student");
  const student9 = demoStudent("student9");

  // The current year: teachers, demo teachers, class teachers, afternoon groups, timetable.
  const pool = new TeacherPool(rngFor("main:teachers"), names, new RoomBook());
  const current = createYear(ctx, buildYearCalendar(startYear), true);
  const cohortOf = createClasses(current, cohorts, 0);
  const byLabel = (label: string) => current.classes.find((c) => c.label === label)!;
  const c5a = byLabel("5А");
  const c9a = byLabel("9А");
  // The head teacher teaches history and social studies in 9А only.
  const zavuch = pool.extra("history", "zavuch");
  const bundles = createAssignments(ctx, current, pool, undefined, [{ cls: c9a, specialty: "history", teacher: zavuch }]);
  const teacher = teacherOf(bundles, c5a, "Математика")!;
  const teacher9 = teacherOf(bundles, c9a, "Алгебра")!;
  becomeDemo(teacher, "teacher", "F");
  becomeDemo(teacher9, "teacher9", "M");
  becomeDemo(zavuch, "zavuch", "F");
  zavuch.roles = [{ role: "HEAD_TEACHER" }, { role: "TEACHER" }];
  chooseClassTeachers(
    current.classes,
    bundles,
    new Map<ClassP, Teacher>([
      [c5a, teacher],
      [c9a, teacher9],
    ]),
    new Set([zavuch.id]),
  );
  for (const [cls, cohort] of cohortOf) cohort.classTeacherId = cls.classTeacherId;

  addAfternoonGroups(
    ctx,
    rngFor("main:groups"),
    current,
    {
      club: teacherOf(bundles, c9a, "Информатика") ?? pool.get("informatics", 0),
      extendedDay: pool.get("gpd", 0),
      consultation: teacher9,
    },
    { clubMember: student, consultationMember: student9 },
  );

  // Previous years: the same cohorts a grade lower. With one year only, the older classes
  // still get last year's final marks (without a journal), so that GRD-4 has a past year.
  const fullPast: YearP[] = [];
  let lite: YearP | null = null;
  const pastYears = Math.max(1, opts.years - 1);
  for (let k = 1; k <= pastYears; k++) {
    const year = createYear(ctx, buildYearCalendar(startYear - k), false);
    const withJournal = opts.years > 1;
    const classes = createClasses(year, withJournal ? cohorts : cohorts.filter((c) => c.grade >= 6), k);
    const pastBundles = createAssignments(ctx, year, pool);
    const fixedTeachers = new Map<ClassP, Teacher>();
    for (const [cls, cohort] of classes) {
      const t = pool.all().find((x) => x.id === cohort.classTeacherId);
      if (t && cls.grade >= 5) fixedTeachers.set(cls, t);
    }
    chooseClassTeachers(year.classes, pastBundles, fixedTeachers, new Set([zavuch.id]));
    if (withJournal) fullPast.push(year);
    else lite = year;
  }

  const rooms = teacherRooms(pool.all());
  for (const year of [...fullPast, current]) createTimetable(rngFor(`main:timetable:${year.cal.name}`), year, rooms);

  // Journals, oldest first, then what follows from them.
  for (const year of [...fullPast].reverse()) runYearJournal(ctx, rngFor(`main:journal:${year.cal.name}`), year, []);
  if (lite) finalMarksWithoutJournal(ctx, rngFor("main:lite-finals"), lite);
  const journal = runYearJournal(ctx, rngFor(`main:journal:${current.cal.name}`), current, [student, student9]);
  milestones(ctx, current, journal.log);
  plannedControlWorks(ctx, current, journal.plans);
  addDemoDetails(ctx, rngFor("main:demo"), current, journal, {
    student,
    student9,
    parent: people.find((p) => p.login === "parent")!,
    teacher,
    teacher9,
    psychologist,
    socialPedagogue: specialists.SOCIAL_PEDAGOGUE,
  });

  const years = [current, ...fullPast, ...(lite ? [lite] : [])];
  for (const year of years) pushYearRows(ctx, year);
  return { ctx, people, teachers: pool.all(), years };
}
