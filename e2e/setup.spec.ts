// ADM-5: the one-time setup link. The e2e server's database is seeded, so the spec puts a link's
// hash into the database as `npm start` does on an empty one; a link creates a NEW school and its
// first curator whatever other schools exist, and without a live link /setup does not exist.
import { createHash, randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { uniqueLogin } from "./helpers/accounts";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PASSWORD = "Setup#2026x";

async function newLink(): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await sql(`insert into "SetupToken" (id, "tokenHash") values ('e2e' || md5(random()::text), $1)`, [
    createHash("sha256").update(token).digest("hex"),
  ]);
  return token;
}

const schools = async () => Number((await sql<{ n: string }>(`select count(*) as n from "School"`))[0].n);

async function fillSchool(page: Page, name: string, login: string, password = PASSWORD) {
  await page.getByLabel("Полное название").fill(`МБОУ «${name}»`);
  await page.getByLabel("Краткое название").fill(name);
  await page.getByLabel("Адрес школы").fill("г. Тверь, ул. Школьная, 1");
  await page.getByLabel("Часовой пояс").selectOption("Europe/Samara");
  await page.getByLabel("Фамилия").fill("Новикова");
  await page.getByLabel("Имя", { exact: true }).fill("Вера");
  await page.getByLabel("Электронная почта").fill(`${login}@example.ru`);
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByLabel("Повторите пароль").fill(password);
}

let action: { id: string; url: string } | null = null;
let usedLink = "";

test("ADM-5: a weak password is refused in Russian beside the field, and nothing is written", async ({ page }) => {
  const link = await newLink();
  const before = await schools();
  await page.goto(`/setup?token=${link}`);
  await fillSchool(page, `Школа ${Date.now()}`, uniqueLogin("setupweak"), "password1");
  await page.getByRole("button", { name: "Создать школу" }).click();
  await expect(page.locator("#curator\\.password-error")).toContainText("заглавная");
  expect(await schools()).toBe(before);
});

test("ADM-5: the setup link creates a school, its first curator, the default year and bells; then it dies", async ({ page, browser }) => {
  const link = await newLink();
  const login = uniqueLogin("setupcur");
  const name = `Школа ${Date.now()}`;
  await page.goto(`/setup?token=${link}`);
  await expect(page.getByTestId("setup-period")).toHaveCount(4);
  // Trimesters instead of quarters: the periods are replaced by the default three.
  await page.getByLabel("Деление года").selectOption("TRIMESTER");
  await expect(page.getByTestId("setup-period")).toHaveCount(3);
  await fillSchool(page, name, login);
  action = await captureAction(page, () => page.getByRole("button", { name: "Создать школу" }).click());
  await expect(page.getByTestId("setup-done")).toContainText(login);
  usedLink = link;

  const [school] = await sql<{ id: string; timezone: string; periods: string; holidays: string; bells: string; years: string }>(
    `select s.id, s.timezone,
            (select count(*) from "StudyPeriod" p where p."schoolId" = s.id and p.kind = 'TRIMESTER') as periods,
            (select count(*) from "Holiday" h where h."schoolId" = s.id) as holidays,
            (select count(*) from "Bell" b where b."schoolId" = s.id) as bells,
            (select count(*) from "StudyYear" y where y."schoolId" = s.id and y."isCurrent") as years
       from "School" s where s."shortName" = $1`,
    [name],
  );
  expect(school).toMatchObject({ timezone: "Europe/Samara", periods: "3", bells: "7", years: "1" });
  expect(Number(school.holidays)).toBeGreaterThanOrEqual(3);
  const [curator] = await sql<{ role: string; audit: string }>(
    `select r.role, (select count(*) from "AuditLog" a where a."schoolId" = u."schoolId" and a.action = 'school.create') as audit
       from "User" u join "UserRole" r on r."userId" = u.id where u.login = $1 and u."schoolId" = $2`,
    [login, school.id],
  );
  expect(curator).toEqual({ role: "CURATOR", audit: "1" });

  // The link is used up: the page is gone.
  expect((await page.goto(`/setup?token=${link}`))?.status()).toBe(404);
  // The new curator signs in to their own school's administration.
  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  await signIn(p2, login, PASSWORD);
  await p2.goto("/admin/school");
  await expect(p2.locator("header")).toContainText(name);
  await ctx.close();
});

test("ADM-5 attacker: no link, a guessed link or a used link is a 404, and a replayed form writes nothing", async ({ page }) => {
  const before = await schools();
  expect((await page.goto("/setup"))?.status()).toBe(404);
  expect((await page.goto(`/setup?token=${randomBytes(32).toString("base64url")}`))?.status()).toBe(404);
  expect((await page.goto(`/setup?token=${usedLink}`))?.status()).toBe(404);
  expect(action).not.toBeNull();
  const login = uniqueLogin("setupatk");
  const form = (token: string) => ({
    token,
    school: {
      name: "МБОУ «Подделка»",
      shortName: "Подделка",
      address: "г. Тверь, ул. Ложная, 2",
      timezone: "Europe/Moscow",
      publicUrl: "",
    },
    curator: {
      lastName: "Взломов",
      firstName: "Иван",
      middleName: "",
      login,
      email: "x@example.ru",
      password: PASSWORD,
      password2: PASSWORD,
    },
    year: {
      name: "2026/2027",
      startDate: "2026-09-01",
      endDate: "2027-08-31",
      kind: "QUARTER",
      periods: [
        { startDate: "2026-09-01", endDate: "2026-10-23" },
        { startDate: "2026-11-02", endDate: "2026-12-28" },
        { startDate: "2027-01-11", endDate: "2027-03-19" },
        { startDate: "2027-03-29", endDate: "2027-05-26" },
      ],
      holidays: [],
    },
    bells: [{ startsAt: "08:30", endsAt: "09:15" }],
  });
  for (const token of [usedLink, randomBytes(32).toString("base64url")]) {
    const body = await postAction(page.request, action!, form(token));
    expect(body).toContain("Не найдено");
  }
  expect(await schools()).toBe(before);
  expect(await sql(`select 1 from "User" where login = $1`, [login])).toHaveLength(0);
});
