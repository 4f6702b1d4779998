// A curator of another school (and other roles) gets 404 for anything of СОШ № 17: pages,
// the export and the import (which always writes into the curator's own school).
import ExcelJS from "exceljs";
import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { sampleXlsx } from "../tests/fixtures/import-files";

// Server actions on a loaded 2-core machine can take a while: wait for them, not for a fixed 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

async function class5A() {
  const [row] = await sql<{ id: string }>(
    `select c.id from "SchoolClass" c join "School" s on s.id = c."schoolId" join "StudyYear" y on y.id = c."yearId"
      where s."shortName" = 'СОШ № 17' and y."isCurrent" and c.grade = 5 and c.letter = 'А'`,
  );
  return row.id;
}

test("ADM-2: curator2 gets 404 for school 17's class and timetable", async ({ page }) => {
  const id = await class5A();
  await signIn(page, "curator2");
  for (const path of [`/admin/classes/${id}`, `/admin/timetable?class=${id}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText("Страница не найдена")).toBeVisible();
  }
  // Their own school's pages work.
  expect((await page.goto("/admin/classes"))?.status()).toBe(200);
  await expect(page.getByTestId("classes-table")).toContainText("5А");
});

test("ADM-3: curator2's export holds only Гимназия № 2", async ({ page }) => {
  await signIn(page, "curator2");
  const res = await page.request.get("/admin/export");
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.body()) as unknown as ArrayBuffer);
  const names = new Set<string>();
  wb.worksheets[0].eachRow((row, n) => n > 1 && names.add(String(row.getCell(1).value)));
  const school17 = await sql<{ name: string }>(
    `select u."lastName" || ' ' || u."firstName" as name from "User" u join "School" s on s.id = u."schoolId" where s."shortName" = 'СОШ № 17' and u.login = 'curator'`,
  );
  expect(names.size).toBeGreaterThan(3);
  expect([...names].some((n) => n.startsWith(school17[0].name))).toBe(false);
});

test("ADM-3: a teacher gets 404 for the export and the import", async ({ page }) => {
  await signIn(page, "teacher");
  expect((await page.request.get("/admin/export")).status()).toBe(404);
  expect((await page.goto("/admin/import"))?.status()).toBe(404);
});

test("ADM-3: curator2's import naming 5А lands in Гимназия № 2, never in school 17", async ({ page }) => {
  const L = "абвгдежзиклмнопрстуфхцчшщэюя";
  const s = `Чужак${Array.from({ length: 5 }, () => L[Math.floor(Math.random() * L.length)]).join("")}ов`;
  const first = "Лев";
  await signIn(page, "curator2");
  await page.goto("/admin/import");
  await page.getByLabel("Файл со списком учеников").setInputFiles({
    name: "g2.xlsx",
    mimeType: "application/octet-stream",
    buffer: await sampleXlsx([[`${s} ${first}`, "03.03.2015", "5А", null, null]]),
  });
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Создано учеников: 1");
  const rows = await sql<{ school: string; classSchool: string }>(
    `select s."shortName" as school, cs."shortName" as "classSchool" from "User" u join "School" s on s.id = u."schoolId"
       join "ClassMembership" m on m."studentId" = u.id join "SchoolClass" c on c.id = m."classId" join "School" cs on cs.id = c."schoolId"
      where u."lastName" = $1 and u."firstName" = $2`,
    [s, first],
  );
  expect(rows).toEqual([{ school: "Гимназия № 2", classSchool: "Гимназия № 2" }]);
});
