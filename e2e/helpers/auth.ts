import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Diary#2026";

/** Signs in through the real form and waits to leave /login. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}
