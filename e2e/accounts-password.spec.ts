// ACC-2 and ACC-7: the password policy at registration and at «Безопасность» names each broken
// rule in Russian beside the field, and the server holds the same rules for a request sent
// around the form; a change needs the current password and ends the other sessions.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { freshStudent, issueCodeDb, NEW_PASSWORD, uniqueLogin } from "./helpers/accounts";
import { captureAction, postAction } from "./helpers/actions";
import { registerFresh } from "./helpers/fresh-accounts";
import { transliterate } from "../lib/validations/password";

test.describe.configure({ timeout: 180_000 });

const RULES = {
  length: "Пароль должен содержать от 8 до 16 символов",
  upper: "В пароле нужна хотя бы одна заглавная латинская буква",
  charset: "Допустимы только латинские буквы a–z, A–Z, цифры и символы ! @ # ?",
  login: "Пароль не должен совпадать с логином или содержать его",
  birthDate: "Пароль не должен содержать дату рождения",
  name: "Пароль не должен содержать фамилию, имя или отчество",
};

/** Rewrites the password of the next server-action POST on the wire: the form is bypassed. */
async function forgePassword(page: Page, password: string) {
  let done = false;
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (!done && req.method() === "POST" && req.headers()["next-action"] && req.postData()?.includes('"password"')) {
      done = true;
      const body = JSON.parse(req.postData()!) as Record<string, unknown>[];
      body[0] = { ...body[0], password, password2: password };
      return route.continue({ postData: JSON.stringify(body) });
    }
    return route.continue();
  });
}

test("ACC-2: registration names each broken password rule in Russian, and the server refuses a password sent around the form", async ({
  page,
}) => {
  const student = await freshStudent();
  const [{ birth }] = await sql<{ birth: string | null }>(`select to_char("birthDate", 'DDMMYYYY') as birth from "User" where id = $1`, [
    student.id,
  ]);
  expect(birth, "the seed gives students a birth date").toBeTruthy();
  const code = await issueCodeDb(student.id, "STUDENT");
  const login = uniqueLogin("pw");
  const firstName = transliterate(student.firstName);

  await page.goto("/register");
  await page.getByLabel("Пригласительный код").fill(code);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await page.getByLabel("Логин").fill(login);
  const password = page.getByLabel("Пароль", { exact: true });
  const again = page.getByLabel("Повторите пароль");
  const submit = page.getByRole("button", { name: "Завершить регистрацию" });
  const cases: [string, string][] = [
    ["Ab1!", RULES.length],
    ["Abcdefgh12345678X", RULES.length],
    ["abcdefgh1", RULES.upper],
    ["Parol#2026Ж", RULES.charset],
    ["Kx7$mQ2pLw", RULES.charset],
    [`Qz${birth}`, RULES.birthDate],
    [`Zz#${firstName}1`, RULES.name],
  ];
  for (const [value, message] of cases) {
    await password.fill(value);
    await again.fill(value);
    await submit.click();
    await expect(page.locator("#password-error"), value).toHaveText(message);
  }
  await password.fill(`${login}A1`);
  await again.fill(`${login}A1`);
  await submit.click();
  await expect(page.locator("#password-error")).toContainText(RULES.login);
  await password.fill(NEW_PASSWORD);
  await again.fill("Kx7#mQ2pLW");
  await submit.click();
  await expect(page.locator("#password2-error")).toHaveText("Пароли не совпадают");

  // A policy-breaking password on the wire: the server's own check refuses it, nothing is created.
  await again.fill(NEW_PASSWORD);
  await forgePassword(page, `Zz#${firstName}1`);
  await submit.click();
  await expect(page.getByTestId("form-message")).toHaveText("Проверьте поля формы.");
  await expect(page.locator("#password-error")).toHaveText(RULES.name);
  await page.unroute("**/*");
  expect(await sql(`select 1 from "User" where login = $1`, [login])).toHaveLength(0);

  // A password that keeps every rule registers.
  await submit.click();
  await expect(page.getByRole("heading", { name: "Регистрация в системе успешно завершена" })).toBeVisible();
  expect(await sql(`select 1 from "User" where id = $1 and login = $2`, [student.id, login])).toHaveLength(1);
});

test("ACC-7, ACC-2: a new password needs the current one and keeps the policy, on the form and around it; the other sessions end", async ({
  browser,
  page,
  request,
}) => {
  const me = await registerFresh(browser, "PARENT");
  const hash = async () => (await sql<{ h: string }>(`select "passwordHash" as h from "User" where id = $1`, [me.id]))[0].h;
  const before = await hash();
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, me.login, me.password);

  await signIn(page, me.login, me.password);
  await page.goto("/security");
  const fill = async (current: string, next: string, repeat = next) => {
    await page.getByLabel("Текущий пароль").fill(current);
    await page.getByLabel("Новый пароль", { exact: true }).fill(next);
    await page.getByLabel("Повторите новый пароль").fill(repeat);
  };
  const submit = () => page.getByRole("button", { name: "Сменить пароль" }).click();

  await fill("Wrong#Pass1", "Fresh#Pass9");
  const action = await captureAction(page, submit);
  await expect(page.locator("#current-error")).toHaveText("Неверный пароль");
  await fill(me.password, "Olga#2026x");
  await submit();
  await expect(page.locator("#password-error")).toHaveText(RULES.name);
  await fill(me.password, "fresh#pass9");
  await submit();
  await expect(page.locator("#password-error")).toHaveText(RULES.upper);
  await fill(me.password, me.password);
  await submit();
  await expect(page.locator("#password-error")).toHaveText("Новый пароль должен отличаться от текущего");
  await fill(me.password, "Fresh#Pass9", "Fresh#Pass8");
  await submit();
  await expect(page.locator("#password2-error")).toHaveText("Пароли не совпадают");
  expect(await hash()).toBe(before);

  // Around the form: the server checks the policy against the account's own name, and a
  // request without a session changes nothing.
  const forged = await postAction(page.request, action, { current: me.password, password: "Olga#2026x", password2: "Olga#2026x" });
  expect(forged).toContain(RULES.name);
  const anonymous = await postAction(request, action, { current: me.password, password: "Fresh#Pass7", password2: "Fresh#Pass7" });
  expect(anonymous).not.toContain('"ok":true');
  expect(await hash()).toBe(before);

  await fill(me.password, "Fresh#Pass9");
  await submit();
  await expect(page.getByTestId("form-message")).toHaveText("Пароль изменён. На других устройствах нужно войти заново.");
  expect(await hash()).not.toBe(before);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/home$/);

  await other.goto("/home");
  await expect(other).toHaveURL(/\/login/);
  await other.getByLabel("Логин").fill(me.login);
  await other.getByLabel("Пароль").fill(me.password);
  await other.getByRole("button", { name: "Войти" }).click();
  await expect(other.getByTestId("form-message")).toHaveText("Неверный логин или пароль.");
  await signIn(other, me.login, "Fresh#Pass9");
  await expect(other).toHaveURL(/\/home$/);
  await otherDevice.close();
});
