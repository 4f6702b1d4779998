// ACC-8 «Настройки» take effect: the chosen start page after sign-in and on "/", the timetable's
// form on «Расписание», and the message settings said to wait for messages.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { registerFresh } from "./helpers/fresh-accounts";

test.describe.configure({ timeout: 180_000 });

const settingsOf = async (id: string) =>
  (
    await sql<{ startPage: string; scheduleView: string }>(
      `select "startPage"::text as "startPage", "scheduleView" from "User" where id = $1`,
      [id],
    )
  )[0];

async function save(page: Page) {
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Настройки сохранены.");
}

test("ACC-8: the chosen start page is where sign-in and «/» land; a start page outside one's roles is refused", async ({
  browser,
  page,
}) => {
  const me = await registerFresh(browser, "PARENT");
  await signIn(page, me.login, me.password);
  await expect(page).toHaveURL(/\/home$/);

  await page.goto("/settings");
  await page.getByRole("group", { name: "Стартовая страница" }).getByLabel("Дневник (раздел «Учёба»)").check();
  const action = await captureAction(page, () => save(page));
  expect((await settingsOf(me.id)).startPage).toBe("DIARY");

  await page.goto("/");
  await expect(page).toHaveURL(/\/week$/);
  await page.context().clearCookies();
  await signIn(page, me.login, me.password);
  await expect(page).toHaveURL(/\/week$/);

  // A parent cannot make an admin or journal page their start: refused, nothing changed.
  const before = await settingsOf(me.id);
  for (const startPage of ["ADMIN", "/admin", "JOURNAL"]) {
    expect(await postAction(page.request, action, { startPage, scheduleView: "week" })).toContain("Проверьте поля формы.");
  }
  expect(await settingsOf(me.id)).toEqual(before);
  await page.goto("/");
  await expect(page).toHaveURL(/\/week$/);

  await page.goto("/settings");
  await page.getByRole("group", { name: "Стартовая страница" }).getByLabel("Главная (мониторинг)").check();
  await save(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/home$/);
});

test("ACC-8: staff have no diary start page: «/» and sign-in still go to their own area", async ({ page }) => {
  await signIn(page, "teacher");
  await expect(page).toHaveURL(/\/journal$/);
  await page.goto("/settings");
  await expect(page.getByRole("group", { name: "Стартовая страница" })).toHaveCount(0);
  await page.goto("/");
  await expect(page).toHaveURL(/\/journal$/);
  await page.context().clearCookies();
  await signIn(page, "curator");
  await expect(page).toHaveURL(/\/admin$/);
});

test("ACC-8, SCH-1: the timetable's form — week grid or list — is the one chosen; the message settings say they wait for messages", async ({
  browser,
  page,
}) => {
  const me = await registerFresh(browser, "STUDENT");
  await signIn(page, me.login, me.password);
  await page.goto("/schedule");
  await expect(page.getByTestId("schedule-grid")).toBeVisible();
  await expect(page.getByTestId("schedule-list")).toHaveCount(0);
  const gridLessons = await page.getByTestId("schedule-grid").locator("ol > li").count();
  expect(gridLessons).toBeGreaterThan(0);

  await page.goto("/settings");
  await expect(page.getByTestId("message-settings-note")).toContainText("когда в дневнике заработают сообщения");
  await expect(page.getByLabel("Подпись к сообщениям")).toHaveCount(0);
  await expect(page.getByLabel("Дублировать сообщения на электронную почту")).toHaveCount(0);
  await page.getByLabel("Форма расписания").selectOption({ label: "Список" });
  await save(page);
  expect((await settingsOf(me.id)).scheduleView).toBe("list");

  await page.goto("/schedule");
  await expect(page.getByTestId("schedule-list")).toBeVisible();
  await expect(page.getByTestId("schedule-grid")).toHaveCount(0);
  // The same lessons, as one list.
  await expect(page.getByTestId("schedule-list").locator("ol > li")).toHaveCount(gridLessons);

  await page.goto("/settings");
  await page.getByLabel("Форма расписания").selectOption({ label: "Сетка недели" });
  await save(page);
  await page.goto("/schedule");
  await expect(page.getByTestId("schedule-grid")).toBeVisible();
});
