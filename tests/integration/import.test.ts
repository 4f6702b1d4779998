// ADM-3: the import reads .xlsx and Windows-1251 CSV, shows every row's problems before writing,
// writes all or nothing, issues invite codes only for the people it created, and a re-import of
// the same file creates no duplicates.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { prisma } from "@/lib/db";
import { readTable, MAX_IMPORT_ROWS } from "@/lib/import/table";
import { planImport } from "@/lib/import/plan";
import { runImport } from "@/lib/import/run";
import { parseImportDate } from "@/lib/import/dates";
import { decodeText } from "@/lib/import/csv";
import { sampleCsv1251, sampleXlsx } from "../fixtures/import-files";

let schoolId = "";
let curatorId = "";
let school2Id = "";
const LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
// A unique Cyrillic surname per test, so that tests do not match each other's people.
const surname = () => `Импорт${Array.from(randomBytes(5), (b) => LETTERS[b % LETTERS.length]).join("")}ов`;

async function table(bytes: Buffer, name: string) {
  const t = await readTable(bytes, name);
  if (!t.ok) throw new Error(t.message);
  return t.rows;
}

beforeAll(async () => {
  const curator = await prisma.user.findUniqueOrThrow({ where: { login: "curator" }, select: { id: true, schoolId: true } });
  curatorId = curator.id;
  schoolId = curator.schoolId;
  school2Id = (await prisma.user.findUniqueOrThrow({ where: { login: "curator2" }, select: { schoolId: true } })).schoolId;
});

describe("import: reading files", () => {
  it("reads usual date formats and Excel serials", () => {
    expect(parseImportDate("15.03.2014")).toBe("2014-03-15");
    expect(parseImportDate("15/03/2014")).toBe("2014-03-15");
    expect(parseImportDate("2014-03-15")).toBe("2014-03-15");
    expect(parseImportDate(41713)).toBe("2014-03-15");
    expect(parseImportDate(new Date(Date.UTC(2014, 2, 15)))).toBe("2014-03-15");
    expect(parseImportDate("31.02.2014")).toBeNull();
    expect(parseImportDate("весной")).toBeNull();
  });

  it("decodes Windows-1251, UTF-8 and UTF-8 with a BOM alike", () => {
    const text = "ФИО ученика;Класс";
    expect(decodeText(iconv.encode(text, "win1251"))).toBe(text);
    expect(decodeText(Buffer.from(text, "utf8"))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
  });

  it("refuses what is not a table, and a file beyond the row cap, with a message", async () => {
    expect(await readTable(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "photo.png")).toMatchObject({ ok: false });
    expect(await readTable(Buffer.from("PK\u0003\u0004garbage"), "list.xlsx")).toMatchObject({
      ok: false,
      message: expect.stringContaining("не похож на таблицу"),
    });
    const rows = Array.from({ length: 50_000 }, (_, i) => [`Ученик${i} Тест`, "01.09.2015", "5А"]);
    const big = await readTable(sampleCsv1251(rows), "big.csv");
    expect(big).toMatchObject({ ok: false, message: expect.stringContaining(`больше ${MAX_IMPORT_ROWS} строк`) });
  });

  it("names missing columns", async () => {
    const rows = await table(sampleCsv1251([["Иванов Иван", "5А"]], ";", ["ФИО ученика", "Класс"]), "a.csv");
    expect(await planImport(prisma, schoolId, rows)).toMatchObject({ ok: false, message: expect.stringContaining("«Дата рождения»") });
  });
});

describe("import: preview and commit", () => {
  it("lists every row's problems and writes nothing while there are any", async () => {
    const s = surname();
    const rows = await table(
      await sampleXlsx([
        [`${s} Анна Петровна`, new Date(Date.UTC(2015, 4, 2)), "5А", `${s} Пётр Ильич`, "not-an-email"],
        [`${s} Борис`, "31.02.2015", "5А", null, null],
        [`${s} Вера`, "01.01.2015", "5Я1", null, null],
        [`${s} Анна Петровна`, new Date(Date.UTC(2015, 4, 2)), "5А", `${s} Пётр Ильич`, "not-an-email"],
        [`${s} Глеб`, "02.02.2015", "5А", null, null],
        [`${s} Глеб`, "02.02.2015", "5А", null, null],
      ]),
      "bad.xlsx",
    );
    const planned = await planImport(prisma, schoolId, rows);
    if (!planned.ok) throw new Error(planned.message);
    const problems = planned.plan.rows.map((r) => r.problems.join(" "));
    expect(problems[0]).toContain("E-mail родителя «not-an-email» неверный");
    expect(problems[1]).toContain("«31.02.2015» не распознана");
    expect(problems[2]).toContain("Класс «5Я1» не распознан");
    expect(problems[4]).toBe("");
    expect(problems[5]).toContain("Повторяет строку 6");
    await expect(runImport(schoolId, curatorId, rows)).rejects.toThrow(/В файле есть ошибки/);
    expect(await prisma.user.count({ where: { schoolId, lastName: s } })).toBe(0);
  });

  it("imports a Windows-1251 CSV once: students, class, parents, codes; a re-import adds nothing", async () => {
    const s = surname();
    const email = `p${randomBytes(4).toString("hex")}@example.ru`;
    const file = sampleCsv1251([
      [`${s} Мария Олеговна`, "15.03.2014", "6 Щ", `${s} Олег Петрович`, email],
      [`${s} Никита Олегович`, "2013-01-20", "6Щ", `${s} Олег Петрович`, email],
      [`${s} Ольга`, "41713", "6Щ", null, null],
    ]);
    const rows = await table(file, "class.csv");
    const planned = await planImport(prisma, schoolId, rows);
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.plan.problemRows).toBe(0);
    expect(planned.plan.counts).toMatchObject({ newStudents: 3, existingStudents: 0 });

    const before = await prisma.schoolClass.count({ where: { schoolId, grade: 6, letter: "Щ" } });
    const result = await runImport(schoolId, curatorId, rows);
    expect(result.counts.newStudents).toBe(3);
    expect(
      result.created
        .filter((c) => c.role === "STUDENT")
        .map((c) => c.name)
        .sort(),
    ).toEqual([`${s} Мария Олеговна`, `${s} Никита Олегович`, `${s} Ольга`].sort());
    expect(result.created.every((c) => /^[2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(c.code))).toBe(true);

    const cls = await prisma.schoolClass.findFirstOrThrow({
      where: { schoolId, grade: 6, letter: "Щ", year: { isCurrent: true } },
      select: { memberships: { select: { student: { select: { lastName: true, birthDate: true } } } } },
    });
    expect(before === 0 || cls.memberships.length >= 3).toBe(true);
    expect(cls.memberships.filter((m) => m.student.lastName === s)).toHaveLength(3);
    const olga = await prisma.user.findFirstOrThrow({
      where: { schoolId, lastName: s, firstName: "Ольга" },
      select: { id: true, birthDate: true },
    });
    expect(olga.birthDate?.toISOString().slice(0, 10)).toBe("2014-03-15");
    const parents = await prisma.user.findMany({
      where: { schoolId, lastName: s, firstName: "Олег" },
      select: { id: true, children: { select: { childId: true } } },
    });
    expect(parents).toHaveLength(1);
    expect(parents[0].children).toHaveLength(2);
    expect(await prisma.inviteCode.count({ where: { schoolId, studentId: olga.id, role: "STUDENT" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { schoolId, action: "import.people", actorId: curatorId } })).toBeGreaterThan(0);

    const again = await runImport(schoolId, curatorId, await table(file, "class.csv"));
    expect(again.counts).toEqual({ newStudents: 0, existingStudents: 3, newParents: 0, existingParents: 1 });
    expect(again.created).toEqual([]);
    expect(await prisma.user.count({ where: { schoolId, lastName: s } })).toBe(4);
    expect(await prisma.inviteCode.count({ where: { schoolId, studentId: olga.id } })).toBe(1);
  });

  it("keeps schools apart: the same file in school 2 creates school 2's people only", async () => {
    const s = surname();
    const rows = await table(await sampleXlsx([[`${s} Дарья`, "01.02.2015", "5А", null, null]]), "g2.xlsx");
    await runImport(school2Id, (await prisma.user.findUniqueOrThrow({ where: { login: "curator2" } })).id, rows);
    expect(await prisma.user.count({ where: { lastName: s, schoolId } })).toBe(0);
    const dasha = await prisma.user.findFirstOrThrow({
      where: { lastName: s },
      select: { schoolId: true, memberships: { select: { class: { select: { schoolId: true } } } } },
    });
    expect(dasha.schoolId).toBe(school2Id);
    expect(dasha.memberships.map((m) => m.class.schoolId)).toEqual([school2Id]);
  });
});

describe("import: never joins two families", () => {
  it("does not link a registered parent who merely typed another family's e-mail", async () => {
    const s = surname();
    const email = `victim${randomBytes(4).toString("hex")}@example.ru`;
    // A registered parent of this school puts the other family's address into their profile
    // (unconfirmed); the curator then imports that family.
    const intruder = await prisma.user.findUniqueOrThrow({ where: { login: "parent2" }, select: { id: true } });
    const before = await prisma.user.findUniqueOrThrow({ where: { id: intruder.id }, select: { email: true, emailConfirmedAt: true } });
    await prisma.user.update({ where: { id: intruder.id }, data: { email, emailConfirmedAt: null } });
    try {
      const rows = await table(sampleCsv1251([[`${s} Вера`, "02.02.2014", "6Щ", `${s} Анна Ивановна`, email]]), "families.csv");
      const result = await runImport(schoolId, curatorId, rows);
      expect(result.counts).toMatchObject({ newStudents: 1, newParents: 1, existingParents: 0 });
      const vera = await prisma.user.findFirstOrThrow({ where: { schoolId, lastName: s, firstName: "Вера" }, select: { id: true } });
      expect(await prisma.parentLink.count({ where: { parentId: intruder.id, childId: vera.id } })).toBe(0);
    } finally {
      await prisma.user.update({ where: { id: intruder.id }, data: before });
    }
  });
});
