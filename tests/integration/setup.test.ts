// ADM-5 and ADM-6 against the real PostgreSQL: the CLI's library function on a fresh, empty
// database (migrated, never seeded) and as a second school; the setup link used once; removing a
// person keeps what they authored and refuses the last curator.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { migrate } from "@/scripts/lib/migrate";
import { createPrisma, prisma, type PrismaClient } from "@/lib/db";
import { cliInput } from "@/lib/setup/cli-args";
import { newSchoolSchema } from "@/lib/setup/schema";
import { createSchool, SETUP_LINK_REFUSED } from "@/lib/setup/create-school";
import { curatorCount, issueSetupToken, setupTokenIsLive } from "@/lib/setup/token";
import { LAST_CURATOR, removePerson } from "@/lib/accounts/remove";
import { verifyPassword } from "@/lib/auth/password";

const baseUrl = inject("databaseUrl");
const name = `setup_${Date.now()}`;
const serverUrl = baseUrl.replace(/\/[^/]+$/, "/postgres");
let fresh: PrismaClient;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(async () => {
  await admin(`create database "${name}"`);
  const url = baseUrl.replace(/\/[^/]+$/, `/${name}`);
  await migrate(url, { log: () => {} });
  fresh = createPrisma(url, 2);
});

afterAll(async () => {
  await fresh.$disconnect();
  await admin(`drop database if exists "${name}" with (force)`);
});

const args = (login: string, extra: string[] = []) => [
  "--name",
  "МБОУ «СОШ № 5»",
  "--short-name",
  `СОШ № 5 ${login}`,
  "--curator-login",
  login,
  "--curator-email",
  `${login}@example.ru`,
  "--start-year",
  "2026",
  ...extra,
];

describe("ADM-5: creating a school", () => {
  it("the CLI's function fills an empty installation: school, curator with a one-time password, year, periods, holidays, bells, audit", async () => {
    expect(await curatorCount(fresh)).toBe(0);
    const plan = cliInput(args("first_curator", ["--curator-name", "Иванова Мария Петровна"]));
    const created = await createSchool(fresh, newSchoolSchema.parse(plan.input), { via: "cli", mustChangePassword: true });
    expect(await curatorCount(fresh)).toBe(1);
    const school = await fresh.school.findUniqueOrThrow({
      where: { id: created.schoolId },
      select: {
        timezone: true,
        bells: true,
        studyYears: { select: { name: true, isCurrent: true, _count: { select: { periods: true, holidays: true } } } },
      },
    });
    expect(school.timezone).toBe("Europe/Moscow");
    expect(school.bells).toHaveLength(7);
    expect(school.studyYears).toEqual([{ name: "2026/2027", isCurrent: true, _count: { periods: 4, holidays: expect.any(Number) } }]);
    expect(school.studyYears[0]._count.holidays).toBeGreaterThanOrEqual(3);
    const curator = await fresh.user.findUniqueOrThrow({
      where: { login: "first_curator" },
      select: { lastName: true, mustChangePassword: true, passwordHash: true, roles: { select: { role: true } } },
    });
    expect(curator).toMatchObject({ lastName: "Иванова", mustChangePassword: true, roles: [{ role: "CURATOR" }] });
    expect(await verifyPassword(curator.passwordHash, plan.generatedPassword!)).toBe(true);
    expect(await fresh.auditLog.count({ where: { schoolId: created.schoolId, action: "school.create" } })).toBe(1);
  });

  it("adds a second school beside the first; a taken login writes nothing", async () => {
    const second = await createSchool(fresh, newSchoolSchema.parse(cliInput(args("second_curator", ["--periods", "trimesters"])).input), {
      via: "cli",
    });
    expect(await fresh.studyPeriod.count({ where: { schoolId: second.schoolId, kind: "TRIMESTER" } })).toBe(3);
    const schools = await fresh.school.count();
    await expect(createSchool(fresh, newSchoolSchema.parse(cliInput(args("second_curator")).input), { via: "cli" })).rejects.toThrow(
      /логин уже занят/,
    );
    expect(await fresh.school.count()).toBe(schools);
  });

  it("a setup link works once; a used or guessed link writes nothing", async () => {
    const token = await issueSetupToken(fresh);
    const other = await issueSetupToken(fresh);
    expect(await setupTokenIsLive(fresh, token)).toBe(true);
    const input = newSchoolSchema.parse(cliInput(args("link_curator", ["--curator-password", "Given#Pass7"])).input);
    await createSchool(fresh, input, { via: "setup", setupToken: token });
    // Every other link died with it.
    expect(await setupTokenIsLive(fresh, token)).toBe(false);
    expect(await setupTokenIsLive(fresh, other)).toBe(false);
    const schools = await fresh.school.count();
    for (const t of [token, other, "guessed-token-guessed-token-guessed"]) {
      const again = newSchoolSchema.parse(cliInput(args(`again_${schools}_${t.length}`, ["--curator-password", "Given#Pass7"])).input);
      await expect(createSchool(fresh, again, { via: "setup", setupToken: t })).rejects.toThrow(SETUP_LINK_REFUSED);
    }
    expect(await fresh.school.count()).toBe(schools);
  });
});

describe("ADM-6: removing a person", () => {
  it("keeps a teacher's row and lessons, clears the account, ends sessions; the last curator is refused", async () => {
    const school = await prisma.school.findFirstOrThrow({ where: { shortName: { contains: "17" } }, select: { id: true } });
    const curator = await prisma.user.findUniqueOrThrow({ where: { login: "curator" }, select: { id: true } });
    // A teacher of its own with an assignment and a lesson (the FKs that restrict a deletion).
    const cls = await prisma.schoolClass.findFirstOrThrow({
      where: { schoolId: school.id, year: { isCurrent: true } },
      select: { id: true, yearId: true },
    });
    // A subject of its own, so that no other test's journal sees this assignment.
    const subject = await prisma.subject.create({ data: { schoolId: school.id, name: `Удаление ${Date.now()}` }, select: { id: true } });
    const teacher = await prisma.user.create({
      data: {
        schoolId: school.id,
        login: `it_removed_${Date.now()}`,
        lastName: "Удалёнова",
        firstName: "Ия",
        roles: { create: { role: "TEACHER" } },
      },
      select: { id: true, sessionVersion: true },
    });
    const a = await prisma.teachingAssignment.create({
      data: { schoolId: school.id, yearId: cls.yearId, classId: cls.id, subjectId: subject.id, teacherId: teacher.id },
      select: { id: true },
    });
    await prisma.lesson.create({
      data: { schoolId: school.id, assignmentId: a.id, date: new Date("2026-09-02"), number: 9, teacherId: teacher.id },
    });
    await removePerson({ schoolId: school.id, actorId: curator.id, userId: teacher.id });
    const after = await prisma.user.findUniqueOrThrow({
      where: { id: teacher.id },
      select: {
        login: true,
        passwordHash: true,
        deletedAt: true,
        lastName: true,
        sessionVersion: true,
        roles: true,
        _count: { select: { lessonsTaught: true } },
      },
    });
    expect(after).toMatchObject({ login: null, passwordHash: null, roles: [], sessionVersion: teacher.sessionVersion + 1 });
    expect(after.deletedAt).not.toBeNull();
    expect(after._count.lessonsTaught).toBe(1);
    expect(after.lastName).toBe("Удалёнова");
    await expect(removePerson({ schoolId: school.id, actorId: curator.id, userId: teacher.id })).rejects.toThrow("Не найдено.");

    const g2 = await prisma.user.findUniqueOrThrow({ where: { login: "curator2" }, select: { id: true, schoolId: true } });
    await expect(removePerson({ schoolId: g2.schoolId, actorId: g2.id, userId: g2.id })).rejects.toThrow(LAST_CURATOR);
    // Another school's person is not found from here.
    await expect(removePerson({ schoolId: g2.schoolId, actorId: g2.id, userId: curator.id })).rejects.toThrow("Не найдено.");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: g2.id }, select: { login: true } })).login).toBe("curator2");
  });
});
