// ACC-11: each demo role signs in and lands on its home; bad input gets a clear Russian message.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers/auth";

const homes: [string, RegExp, string][] = [
  ["student", /\/home$/, "Последние оценки"],
  ["parent", /\/home$/, "Последние оценки"],
  ["teacher", /\/journal$/, "Мои классы и предметы"],
  ["zavuch", /\/journal$/, "Мои классы и предметы"],
  ["director", /\/journal$/, "Журнал"],
  ["psychologist", /\/journal$/, "Журнал"],
  ["curator", /\/admin$/, "Учебный год"],
];

for (const [login, url, text] of homes) {
  test(`ACC-11: ${login} signs in and lands on their home`, async ({ page }) => {
    await signIn(page, login);
    await expect(page).toHaveURL(url);
    await expect(page.getByText(text).first()).toBeVisible();
  });
}

test("ACC-11: an anonymous visitor is sent to the sign-in page and back after signing in", async ({ page }) => {
  await page.goto("/attendance");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fattendance/);
  await page.getByLabel("Логин").fill("student");
  await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/attendance$/);
});

test("ACC-11: a wrong password and an unknown login get the same message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Логин").fill("student9");
  await page.getByLabel("Пароль").fill("Wrong#Pass1");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Неверный логин или пароль.");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Логин").fill("nobody-like-this");
  await page.getByLabel("Пароль").fill("Wrong#Pass1");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Неверный логин или пароль.");
});

test("ACC-11: empty fields and an over-long login are explained beside the fields", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Введите логин", { exact: true })).toBeVisible();
  await expect(page.getByText("Введите пароль")).toBeVisible();
  await page.getByLabel("Логин").fill("x".repeat(200));
  await page.getByLabel("Пароль").fill("whatever");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Логин не длиннее 64 символов")).toBeVisible();
});

test("ACC-11: the server refuses an over-long login posted around the form, without a 500", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, login: "x".repeat(10_000), password: "a" },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(500);
  expect(res.headers()["location"] ?? "").toContain("error=CredentialsSignin");
});

test("ACC-11: repeated failures lock the login for a while, whether or not it exists", async ({ page }) => {
  const login = `ghost-${Date.now()}`;
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Логин").fill(login);
    await page.getByLabel("Пароль").fill(`Wrong#${i}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("form-message")).toBeVisible();
  }
  await expect(page.getByTestId("form-message")).toContainText("Слишком много неудачных попыток входа");
  await expect(page.getByTestId("form-message")).toContainText("15 минут");
});

test("ACC-11: signing out ends the session", async ({ page }) => {
  await signIn(page, "student");
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page.getByRole("heading", { name: "Вход в электронный дневник" })).toBeVisible();
  await page.goto("/home");
  await expect(page).toHaveURL(/\/login/);
});
