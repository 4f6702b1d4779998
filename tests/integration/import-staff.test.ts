// ADM-6: the staff kind of the import on the real database — positions understood, problems named
// per row, all or nothing, codes issued for the new staff only, a re-import matches.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { parsePositions, planStaffImport, runStaffImport } from "@/lib/import/staff";
import { findUsableCode } from "@/lib/accounts/registration";

const school17 = () => prisma.school.findFirstOrThrow({ where: { shortName: { contains: "17" } }, select: { id: true } });
const curatorId = async () => (await prisma.user.findUniqueOrThrow({ where: { login: "curator" }, select: { id: true } })).id;

describe("ADM-6: staff import", () => {
  it("reads positions as schools write them", () => {
    expect(parsePositions("Учитель математики, заместитель директора по УВР").positions.map((p) => p.role)).toEqual([
      "TEACHER",
      "HEAD_TEACHER",
    ]);
    expect(parsePositions("Педагог-психолог").positions).toEqual([{ role: "SPECIALIST", specialistKind: "PSYCHOLOGIST" }]);
    expect(parsePositions("Медсестра; библиотекарь").positions.map((p) => p.specialistKind)).toEqual(["NURSE", "LIBRARIAN"]);
    expect(parsePositions("дворник").unknown).toEqual(["дворник"]);
  });

  it("a file with a problem writes nothing; a good one creates staff with codes; again, it matches", async () => {
    const { id: schoolId } = await school17();
    const stamp = Date.now().toString(36).replace(/\d/g, "");
    const last = `Импортова${stamp}`;
    const bad = [
      ["ФИО", "Должность", "E-mail"],
      [`${last} Анна Ивановна`, "учитель", "a@example.ru"],
      [`Другова${stamp} Ия`, "дворник", ""],
    ];
    const before = await prisma.user.count({ where: { schoolId } });
    const plan = await planStaffImport(prisma, schoolId, bad);
    expect(plan.ok && plan.plan.rows[1].problems[0]).toMatch(/не распознана/);
    await expect(runStaffImport(schoolId, await curatorId(), bad)).rejects.toThrow(/ошибки/);
    expect(await prisma.user.count({ where: { schoolId } })).toBe(before);

    const good = [bad[0], bad[1], [`Другова${stamp} Ия`, "социальный педагог, учитель", ""]];
    const result = await runStaffImport(schoolId, await curatorId(), good);
    expect(result.counts).toEqual({ newStaff: 2, existingStaff: 0 });
    const anna = await prisma.user.findFirstOrThrow({
      where: { schoolId, lastName: last },
      select: { id: true, email: true, roles: { select: { role: true } } },
    });
    expect(anna).toMatchObject({ email: "a@example.ru", roles: [{ role: "TEACHER" }] });
    const info = await findUsableCode(prisma, result.created[0].code);
    expect(info).toMatchObject({ role: "STAFF", student: { id: anna.id } });
    const again = await runStaffImport(schoolId, await curatorId(), good);
    expect(again).toEqual({ counts: { newStaff: 0, existingStaff: 2 }, created: [] });
  });
});
