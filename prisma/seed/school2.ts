// A second, small school (Гимназия № 2) for the cross-school attacker tests: one class 5А of
// five students, one mathematics teacher with a journal, a curator and one parent.
import { buildYearCalendar, studyYearStartFor, type Day } from "./calendar";
import { RoomBook } from "./curriculum";
import { DEMO_BIRTHDAYS, DEMO_LOGINS, DEMO_SURNAMES, demoName } from "./demo";
import type { SchoolResult } from "./main-school";
import type { Person } from "./model";
import { NameGenerator, type EmailBook } from "./names";
import { makeClassStudents, makePerson, type PeopleDeps } from "./people";
import { rngFor } from "./random";
import { plannedControlWorks } from "./results";
import type { Rows } from "./rows";
import { createSchool } from "./school-base";
import { TeacherPool } from "./staff";
import { runYearJournal } from "./year-journal";
import { createAssignments, createClasses, createTimetable, createYear, pushYearRows, teacherRooms } from "./year";

export function buildSecondSchool(rows: Rows, today: Day, emails: EmailBook): SchoolResult {
  const ctx = createSchool(rows, today, {
    name: "Гимназия № 2",
    shortName: "Гимназия № 2",
    address: "г. Казань, ул. Баумана, д. 5",
    paidServices: [],
  });
  const rng = rngFor("g2:people");
  const names = new NameGenerator(rngFor("g2:names"), DEMO_SURNAMES);
  const people: Person[] = [];
  const curator = makePerson(demoName("curator2", "F"), {
    login: DEMO_LOGINS.curator2.login,
    email: DEMO_LOGINS.curator2.email,
    roles: [{ role: "CURATOR" }],
  });
  people.push(curator);

  const deps: PeopleDeps = {
    ctx,
    rng,
    names,
    emails,
    people,
    families: new Map(),
    fixedFamilies: {
      kuznetsov: [{ name: demoName("parent_g2", "M"), login: DEMO_LOGINS.parent_g2.login, email: DEMO_LOGINS.parent_g2.email }],
    },
  };
  const startYear = studyYearStartFor(today);
  const students = makeClassStudents(
    deps,
    5,
    startYear,
    5,
    [
      {
        name: { lastName: "Кузнецова", firstName: "Алиса", middleName: "Павловна", gender: "F" },
        birth: DEMO_BIRTHDAYS.kuznetsova,
        login: null,
        email: null,
        family: "kuznetsov",
      },
    ],
    false,
  );

  const pool = new TeacherPool(rngFor("g2:teachers"), names, new RoomBook());
  const year = createYear(ctx, buildYearCalendar(startYear), true);
  createClasses(year, [{ grade: 5, letter: "А", students, classTeacherId: null }], 0);
  createAssignments(ctx, year, pool, () => [{ subject: "Математика", hours: 5 }]);
  const teacher = pool.all()[0];
  teacher.email = emails.make(teacher.name);
  year.classes[0].classTeacherId = teacher.id;
  createTimetable(rngFor("g2:timetable"), year, teacherRooms(pool.all()));
  const journal = runYearJournal(ctx, rngFor("g2:journal"), year, []);
  plannedControlWorks(ctx, year, journal.plans);
  pushYearRows(ctx, year);
  return { ctx, people, teachers: pool.all(), years: [year] };
}
