// ACC-4, ACC-5, ACC-9: forgotten password, the curator's password and merge, adding a child
// later — and the attackers: another school's curator, a student at a parent's form.
import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql, userByLogin } from "./helpers/db";
import {
  confirmEmailViaOutbox,
  freshStudent,
  issueCodeDb,
  latestLetter,
  linkIn,
  NEW_PASSWORD,
  registerViaUi,
  uniqueLogin,
} from "./helpers/accounts";
import { captureAction, postAction } from "./helpers/actions";

// Whole journeys (several people, letters) on a 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

async function newParent(browser: Browser, opts: { confirm?: boolean } = {}) {
  const child = await freshStudent();
  const login = uniqueLogin("pp");
  const email = `${login}@example.ru`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await registerViaUi(page, await issueCodeDb(child.id, "PARENT"), {
    login,
    password: NEW_PASSWORD,
    email,
    lastName: "Семёнова",
    firstName: "Ольга",
  });
  if (opts.confirm) {
    await signIn(page, login, NEW_PASSWORD);
    await confirmEmailViaOutbox(page, email, NEW_PASSWORD);
  }
  await context.close();
  const [row] = await sql<{ id: string }>(`select id from "User" where login = $1`, [login]);
  return { id: row.id, login, email, child };
}

test("ACC-4: a forgotten password is reset through the letter's link; the answer never tells who is known", async ({ browser, page }) => {
  const user = await newParent(browser, { confirm: true });
  await page.goto("/login");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await page.getByLabel("Электронная почта").fill("nobody-at-all@example.ru");
  await page.getByRole("button", { name: "Отправить письмо" }).click();
  const unknownAnswer = await page.getByTestId("form-message").textContent();
  await page.getByLabel("Электронная почта").fill(user.email);
  await page.getByRole("button", { name: "Отправить письмо" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(unknownAnswer!);

  const letter = await latestLetter(user.email, /Смена пароля/);
  expect(letter.text).toContain(user.login);
  const link = linkIn(letter.text, "/reset-password");
  await page.goto(link);
  await page.getByLabel("Новый пароль", { exact: true }).fill("Short1");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("от 8 до 16 символов")).toBeVisible();
  await page.getByLabel("Новый пароль", { exact: true }).fill("Reset#Pass7");
  await page.getByLabel("Повторите пароль").fill("Reset#Pass7");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Пароль изменён");
  await signIn(page, user.login, "Reset#Pass7");
  // Single use: the link is dead now.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Ссылка недействительна" })).toBeVisible();
});

test("ACC-4: a reset request with a forged host header yields a letter with the configured origin", async ({
  browser,
  page,
  request,
  baseURL,
}) => {
  const user = await newParent(browser, { confirm: true });
  await page.goto("/forgot-password");
  await page.getByLabel("Электронная почта").fill("nobody-at-all@example.ru");
  const action = await captureAction(page, () => page.getByRole("button", { name: "Отправить письмо" }).click());
  await expect(page.getByTestId("form-message")).toBeVisible();
  // The attacker replays the request for the victim's address with forged forwarding headers.
  const replay = await request.post(action.url, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      "X-Forwarded-Host": "evil.example",
      "X-Forwarded-Proto": "https",
    },
    data: JSON.stringify([{ email: user.email }]),
  });
  expect(replay.status()).toBeLessThan(500);
  const letter = await latestLetter(user.email, /Смена пароля/);
  const link = linkIn(letter.text, "/reset-password");
  expect(link).not.toContain("evil.example");
  // APP_URL is not set in the test server: the configured origin is the server's own address.
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
});

test("ACC-5: the curator sets a password: other sessions end and the user must change it", async ({ browser, page }) => {
  const user = await newParent(browser);
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signIn(userPage, user.login, NEW_PASSWORD);

  await signIn(page, "curator");
  await page.goto(`/admin/people?q=${user.login}`);
  await page.getByTestId("people-table").locator("tbody").getByRole("link").first().click();
  await expect(page.getByTestId("person-login")).toHaveText(user.login);
  await page.getByLabel("Временный пароль").fill("Temp#Pass42");
  await page.getByLabel("Повторите пароль").fill("Temp#Pass42");
  await page.getByRole("button", { name: "Задать пароль" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Пароль задан");

  await userPage.goto("/home");
  await expect(userPage).toHaveURL(/\/login/);
  await signIn(userPage, user.login, "Temp#Pass42");
  await expect(userPage).toHaveURL(/\/security/);
  await expect(userPage.getByTestId("must-change")).toBeVisible();
  await userPage.goto("/home");
  await expect(userPage).toHaveURL(/\/security/);
  await userPage.getByLabel("Временный пароль").fill("Temp#Pass42");
  await userPage.getByLabel("Новый пароль", { exact: true }).fill("Mine#Pass77");
  await userPage.getByLabel("Повторите новый пароль").fill("Mine#Pass77");
  await userPage.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(userPage).toHaveURL(/\/home/);
  await userPage.reload();
  await expect(userPage).toHaveURL(/\/home/);
  await userContext.close();
});

test("ACC-9, ADM-3: the curator merges two parent accounts of one family", async ({ browser, page }) => {
  const keep = await newParent(browser);
  const other = await newParent(browser);
  await signIn(page, "curator");
  await page.goto(`/admin/people/${keep.id}`);
  page.once("dialog", (d) => d.accept());
  await page.getByLabel("Логин второй учётной записи").fill(other.login);
  await page.getByRole("button", { name: "Объединить" }).click();
  await expect(page.getByTestId("form-message")).toContainText("объединены");
  const children = page.getByTestId("person-children");
  await expect(children).toContainText(keep.child.lastName);
  await expect(children).toContainText(other.child.lastName);
  expect(await sql(`select id from "User" where id = $1`, [other.id])).toHaveLength(0);
});

test("ACC-9: a parent adds another child later; a student cannot post to that form", async ({ browser, page }) => {
  const parent = await newParent(browser);
  const second = await freshStudent();
  await signIn(page, parent.login, NEW_PASSWORD);
  await page.goto("/profile");
  await page.getByLabel("Пригласительный код родителя").fill(await issueCodeDb(second.id, "PARENT"));
  const action = await captureAction(page, () => page.getByRole("button", { name: "Добавить" }).click());
  await expect(page.getByTestId("form-message")).toContainText("Добавлен дневник");
  await expect(page.getByTestId("my-children")).toContainText(`${second.lastName} ${second.firstName}`);

  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, "student");
  await studentPage.goto("/profile");
  await expect(studentPage.getByTestId("read-only-note")).toBeVisible();
  await expect(studentPage.getByRole("button", { name: "Добавить" })).toHaveCount(0);
  const third = await freshStudent();
  const code = await issueCodeDb(third.id, "PARENT");
  const answer = await postAction(studentContext.request, action, { code });
  expect(answer).toContain("Не найдено.");
  const student = await userByLogin("student");
  expect(await sql(`select 1 from "ParentLink" where "parentId" = $1`, [student.id])).toHaveLength(0);
  expect(await sql(`select 1 from "InviteCode" where "studentId" = $1 and "usedAt" is not null`, [third.id])).toHaveLength(0);
  await studentContext.close();
});

test("ACC-5, ADM-3: another school's curator cannot see or act on school 17's people", async ({ browser, page }) => {
  const victim = await newParent(browser);
  await signIn(page, "curator");
  await page.goto(`/admin/people/${victim.id}`);
  await page.getByLabel("Временный пароль").fill("Temp#Pass42");
  await page.getByLabel("Повторите пароль").fill("Temp#Pass42");
  const setPassword = await captureAction(page, () => page.getByRole("button", { name: "Задать пароль" }).click());
  await expect(page.getByTestId("form-message")).toContainText("Пароль задан");
  const [before] = await sql<{ sessionVersion: number }>(`select "sessionVersion" from "User" where id = $1`, [victim.id]);

  const rival = await browser.newContext();
  const rivalPage = await rival.newPage();
  await signIn(rivalPage, "curator2");
  const response = await rivalPage.goto(`/admin/people/${victim.id}`);
  expect(response?.status()).toBe(404);
  await rivalPage.goto(`/admin/people?q=${victim.login}`);
  await expect(rivalPage.getByText("Никого не нашлось.")).toBeVisible();
  await rivalPage.goto("/admin/invites");
  await expect(rivalPage.getByTestId("invites-table")).not.toContainText(victim.child.lastName);

  const answer = await postAction(rival.request, setPassword, { userId: victim.id, password: "Evil#Pass11", password2: "Evil#Pass11" });
  expect(answer).toContain("Не найдено.");
  const [after] = await sql<{ sessionVersion: number }>(`select "sessionVersion" from "User" where id = $1`, [victim.id]);
  expect(after.sessionVersion).toBe(before.sessionVersion);
  await rival.close();
});
