// ADM-3: the curator imports a class from an .xlsx and from a Windows-1251 CSV, sees every row's
// problems first, gets printable invite codes, and a re-import creates nobody; the export works.
import { createHash } from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { sampleCsv1251, sampleXlsx } from "../tests/fixtures/import-files";

// Server actions on a loaded 2-core machine can take a while: wait for them, not for a fixed 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
const surname = () => `Импорт${Array.from({ length: 5 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join("")}ов`;

async function upload(page: Page, name: string, buffer: Buffer) {
  const mimeType = name.endsWith(".csv") ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page.getByLabel("Файл со списком учеников").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Проверить файл" }).click();
}

async function classMembers(grade: number, letter: string, lastName: string) {
  return sql<{ id: string; firstName: string }>(
    `select u.id, u."firstName" from "ClassMembership" m join "SchoolClass" c on c.id = m."classId" join "StudyYear" y on y.id = c."yearId"
       join "User" u on u.id = m."studentId" join "School" s on s.id = c."schoolId"
     where c.grade = $1 and c.letter = $2 and y."isCurrent" and s."shortName" = 'СОШ № 17' and u."lastName" = $3`,
    [grade, letter, lastName],
  );
}

test("ADM-3, ACC-1: import from .xlsx: problems first, then the class, codes and no duplicates on re-import", async ({ page }) => {
  const s = surname();
  await signIn(page, "curator");
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { name: "Импорт учеников и родителей" })).toBeVisible();

  const bad = await sampleXlsx([
    [`${s} Анна Петровна`, new Date(Date.UTC(2009, 4, 2)), "11Ю", `${s} Пётр Ильич`, "petr@"],
    [`${s} Борис`, "31.02.2009", "11Ю", null, null],
  ]);
  await upload(page, "class.xlsx", bad);
  await expect(page.getByTestId("import-problems")).toContainText("Ошибки в 2 строках");
  await expect(page.getByText("E-mail родителя «petr@» неверный.")).toBeVisible();
  await expect(page.getByText("Дата рождения «31.02.2009» не распознана")).toBeVisible();
  await expect(page.getByRole("button", { name: "Импортировать" })).toHaveCount(0);
  expect(await classMembers(11, "Ю", s)).toHaveLength(0);

  const email = `p${Date.now()}@example.ru`;
  const good = await sampleXlsx([
    [`${s} Анна Петровна`, new Date(Date.UTC(2009, 4, 2)), "11Ю", `${s} Пётр Ильич`, email],
    [`${s} Борис Петрович`, "15.03.2009", "11Ю", `${s} Пётр Ильич`, email],
    [`${s} Вера`, 39887, "11Ю", null, null],
  ]);
  await upload(page, "class.xlsx", good);
  await expect(page.getByTestId("import-summary")).toContainText("Новых учеников: 3");
  await expect(page.getByTestId("import-summary")).toContainText("Новых родителей: 1");
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Создано учеников: 3, родителей: 1");
  const list = page.getByTestId("invite-list");
  await expect(list.getByRole("row")).toHaveCount(5);
  await expect(page.getByRole("button", { name: "Распечатать коды" })).toBeVisible();

  // The class's members, as the teacher's journal will list them, and their codes.
  const members = await classMembers(11, "Ю", s);
  expect(members.map((m) => m.firstName).sort()).toEqual(["Анна", "Борис", "Вера"]);
  const vera = members.find((m) => m.firstName === "Вера")!;
  const code = (await list
    .getByRole("row")
    .filter({ hasText: `${s} Вера` })
    .getByRole("cell")
    .last()
    .textContent())!.trim();
  const hash = createHash("sha256").update(code.replace(/-/g, "")).digest("hex");
  const [stored] = await sql<{ studentId: string; role: string }>(`select "studentId", role from "InviteCode" where "codeHash" = $1`, [
    hash,
  ]);
  expect(stored).toEqual({ studentId: vera.id, role: "STUDENT" });

  await page.getByRole("button", { name: "Загрузить другой файл" }).click();
  await upload(page, "class.xlsx", good);
  await expect(page.getByTestId("import-summary")).toContainText("Новых учеников: 0, уже в журнале: 3");
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Новых людей нет");
  expect(await classMembers(11, "Ю", s)).toHaveLength(3);

  await page.goto("/admin/audit?kind=import");
  await expect(page.getByTestId("audit-table")).toContainText("Импорт людей");
});

test("ADM-3: import from a Windows-1251 CSV with `;`", async ({ page }) => {
  const s = surname();
  await signIn(page, "curator");
  await page.goto("/admin/import");
  await upload(
    page,
    "список.csv",
    sampleCsv1251([
      [`${s} Григорий Андреевич`, "01.09.2009", "11Я", `${s} Андрей Львович`, ""],
      [`${s} Дарья Андреевна`, "2010-02-14", "11 Я", `${s} Андрей Львович`, ""],
    ]),
  );
  await expect(page.getByText(`${s} Григорий Андреевич`)).toBeVisible();
  await expect(page.getByTestId("import-summary")).toContainText("Будут созданы классы: 11Я");
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Создано учеников: 2, родителей: 1");
  expect((await classMembers(11, "Я", s)).map((m) => m.firstName).sort()).toEqual(["Григорий", "Дарья"]);
});

test("ADM-3: a file that is not a table gets a message beside the field", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/admin/import");
  await upload(page, "photo.xlsx", Buffer.from("this is not a spreadsheet"));
  await expect(page.getByText("Файл не похож на таблицу")).toBeVisible();
  await expect(page.getByLabel("Файл со списком учеников")).toHaveAttribute("aria-invalid", "true");
});

test("ADM-3: the export gives the curator an .xlsx of their school only", async ({ page, request }) => {
  await signIn(page, "curator");
  const res = await page.request.get("/admin/export");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
  expect((await request.get("/admin/export", { maxRedirects: 0 })).status()).not.toBe(200);
});
