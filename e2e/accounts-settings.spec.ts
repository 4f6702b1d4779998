// ACC-8 «Настройки»: what is stored and shown back, and what a forged save cannot do. What the
// settings change (start page, the timetable's form) is proved by e2e/settings-effect.spec.ts; the
// message settings wait for messages and are not offered (only said).
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { registerFresh } from "./helpers/fresh-accounts";

test.describe.configure({ timeout: 180_000 });

type Settings = {
  startPage: string;
  copyMessagesToEmail: boolean;
  messageSignature: string | null;
  scheduleView: string;
  markReadFromEmail: boolean;
  login: string;
  email: string | null;
  mustChangePassword: boolean;
};
const settingsOf = async (id: string) =>
  (
    await sql<Settings>(
      `select "startPage"::text as "startPage", "copyMessagesToEmail", "messageSignature", "scheduleView", "markReadFromEmail", login, email, "mustChangePassword" from "User" where id = $1`,
      [id],
    )
  )[0];

test("ACC-8: the settings are saved and shown back; a forged save touches nothing else", async ({ browser, page, request }) => {
  const me = await registerFresh(browser, "STUDENT");
  await signIn(page, me.login, me.password);
  await page.goto("/settings");
  const start = page.getByRole("group", { name: "Стартовая страница" });
  await expect(start.getByLabel("Главная (мониторинг)")).toBeChecked();
  await expect(page.getByLabel("Форма расписания")).toHaveValue("week");
  const defaults = await settingsOf(me.id);

  await start.getByLabel("Дневник (раздел «Учёба»)").check();
  await page.getByLabel("Форма расписания").selectOption({ label: "Список" });
  const action = await captureAction(page, () => page.getByRole("button", { name: "Сохранить" }).click());
  await expect(page.getByTestId("form-message")).toHaveText("Настройки сохранены.");
  const saved = { ...defaults, startPage: "DIARY", scheduleView: "list" };
  expect(await settingsOf(me.id)).toEqual(saved);

  await page.reload();
  await expect(start.getByLabel("Дневник (раздел «Учёба»)")).toBeChecked();
  await expect(page.getByLabel("Форма расписания")).toHaveValue("list");

  // Around the form: fields the form does not have (the message settings among them) are dropped,
  // a value outside the choices is refused, and without a session nothing is written.
  const valid = { startPage: "HOME", scheduleView: "week" };
  await postAction(page.request, action, {
    ...valid,
    login: "hijacked",
    email: "evil@example.ru",
    mustChangePassword: true,
    copyMessagesToEmail: true,
    messageSignature: "чужая подпись",
  });
  const afterForged = await settingsOf(me.id);
  expect(afterForged).toEqual({ ...saved, startPage: "HOME", scheduleView: "week" });
  expect(await postAction(page.request, action, { ...valid, startPage: "ADMIN" })).toContain("Проверьте поля формы.");
  expect(await postAction(page.request, action, { ...valid, scheduleView: "day" })).toContain("Проверьте поля формы.");
  expect(await settingsOf(me.id)).toEqual(afterForged);
  await postAction(request, action, { ...valid, startPage: "DIARY", scheduleView: "list" });
  expect(await settingsOf(me.id)).toEqual(afterForged);
});

test("ACC-8: staff choose the timetable's form but get no start page of a diary", async ({ page }) => {
  await signIn(page, "teacher");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Настройки" })).toBeVisible();
  await expect(page.getByTestId("message-settings-note")).toBeVisible();
  await expect(page.getByLabel("Форма расписания")).toBeVisible();
  await expect(page.getByRole("group", { name: "Стартовая страница" })).toHaveCount(0);
});
