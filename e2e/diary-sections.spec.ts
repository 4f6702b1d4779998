// STU-4, STU-5, GRD-2..GRD-6, SCH-1, PLN-4: the other diary sections as a family reads them, and
// their guards (staff and another school's people see nothing).
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";

test("STU-5: attendance switches periods and lists the absences of the period", async ({ page }) => {
  const [{ n }] = await sql<{ n: string }>(
    `select count(*) as n from "Attendance" a join "User" u on u.id = a."studentId" where u.login = 'student'`,
  );
  expect(Number(n)).toBeGreaterThan(0);
  await signIn(page, "student");
  await page.goto("/attendance");
  await expect(page.getByRole("heading", { name: "Посещаемость" })).toBeVisible();
  const switcher = page.getByRole("navigation", { name: "Учебный период" });
  // Some period of the year holds the child's absences.
  let found = false;
  for (const link of await switcher.getByRole("link").all()) {
    await link.click();
    await expect(switcher.getByRole("link", { name: (await link.textContent())! })).toHaveAttribute("aria-current", "page");
    if ((await page.getByTestId("absences").count()) > 0) {
      found = true;
      await expect(page.getByTestId("absences").locator("tbody tr").first()).toContainText(/Н —|Б —|УП —|ОП —/);
      break;
    }
  }
  expect(found).toBe(true);
});

test("STU-4, GRD-2, SCH-1, PLN-4: missed topics, homework marks, the schedule of two classes and the control-work calendar open", async ({
  page,
}) => {
  await signIn(page, "student");
  await page.goto("/missed-topics");
  await expect(page.getByRole("heading", { name: "Пропущенные темы" })).toBeVisible();
  await page.goto("/extra-marks");
  await expect(page.getByRole("heading", { name: "Отметки (ДО)" })).toBeVisible();
  await page.goto("/homework-marks");
  await expect(page.getByRole("heading", { name: "Отметки (ДЗ)" })).toBeVisible();
  await page.goto("/final-marks");
  await expect(page.getByRole("heading", { name: "Итоговые оценки" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Учебный год" }).getByRole("link").first()).toBeVisible();

  await page.goto("/schedule");
  await expect(page.getByRole("heading", { name: "Расписание 5А класса" })).toBeVisible();
  await expect(page.getByTestId("schedule-day").first()).toBeVisible();
  await page.getByLabel("Класс").selectOption({ label: "9А" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page.getByRole("heading", { name: "Расписание 9А класса" })).toBeVisible();
  await expect(page.getByTestId("holidays")).toBeVisible();

  await page.goto("/control-schedule");
  await expect(page.getByRole("heading", { name: "График контрольных работ" })).toBeVisible();
});

test("GRD-5: control-work analysis: class statistics only for the parent with the paid service, never for the student", async ({
  page,
}) => {
  const kids = await sql<{ login: string; id: string; paid: boolean }>(
    `select u.login, u.id, exists (select 1 from "FamilyService" f where f."studentId" = u.id and f.service = 'KR_ANALYSIS') as paid
       from "User" u where u.login in ('student', 'student9') order by u.login`,
  );
  const [paid, unpaid] = [kids.find((k) => k.login === "student")!, kids.find((k) => k.login === "student9")!];
  expect([paid.paid, unpaid.paid]).toEqual([true, false]);
  // The student whose family pays: their own results, no class statistics and no offer.
  await signIn(page, "student");
  await page.goto("/control-analysis");
  await expect(page.getByTestId("control-work").first()).toBeVisible();
  await expect(page.getByTestId("distribution")).toHaveCount(0);
  await expect(page.getByText("доступна при подключённой услуге")).toHaveCount(0);
  await page.context().clearCookies();
  // The parent sees the class statistics for that child, and the offer for the other.
  await signIn(page, "parent");
  await page.goto(`/control-analysis?child=${paid.id}`);
  await expect(page.getByTestId("distribution").first()).toContainText("Отметки в классе");
  await page.goto(`/control-analysis?child=${unpaid.id}`);
  await expect(page.getByText("доступна при подключённой услуге «Анализ КР»")).toBeVisible();
  await expect(page.getByTestId("distribution")).toHaveCount(0);
});

test("GRD-6: the rating compares each milestone with the previous one", async ({ page }) => {
  await signIn(page, "parent");
  await page.goto("/rating");
  await expect(page.getByRole("heading", { name: "Рейтинг" })).toBeVisible();
  const milestones = await sql(
    `select 1 from "Milestone" m join "StudyYear" y on y.id = m."yearId" where y."isCurrent" and m.date <= now()`,
  );
  if (milestones.length >= 2) {
    await expect(
      page
        .getByTestId("milestone")
        .first()
        .getByText(/▲|▼|без изменений/)
        .first(),
    ).toBeVisible();
  } else {
    await expect(page.getByTestId("milestone").or(page.getByText("Рубежей в этом учебном году ещё не было."))).toBeVisible();
  }
});

test("ACC-10: staff and another school's parent see no diary section of these children", async ({ page }) => {
  await signIn(page, "teacher");
  for (const path of ["/week", "/marks", "/attendance", "/control-analysis"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await page.context().clearCookies();
  const [{ lastName }] = await sql<{ lastName: string }>(`select "lastName" from "User" where login = 'student'`);
  await signIn(page, "parent_g2");
  await page.goto("/schedule");
  await expect(page.getByRole("heading", { name: /Расписание/ })).toBeVisible();
  await expect(page.getByLabel("Класс").locator("option", { hasText: "9А" })).toHaveCount(0);
  await expect(page.getByLabel("Класс").locator("option", { hasText: "5Б" })).toHaveCount(0);
  await page.goto("/marks");
  await expect(page.locator("body")).not.toContainText(lastName);
});
