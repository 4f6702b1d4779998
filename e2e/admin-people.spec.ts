// ADM-3 / ACC-5: the curator's people table — search, role filter, server-side sorting and
// paging; another school's curator finds none of these people.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";

test("ADM-3, ACC-5: the curator pages, filters and sorts the school's people", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/admin/people");
  const table = page.getByTestId("people-table");
  await expect(table.locator("tbody tr")).toHaveCount(50);
  // Other specs add people while this one runs: the total must match the database as it is when
  // the page is read (removed people are not listed, lib/accounts/remove.ts).
  const pager = page.getByRole("navigation", { name: "Страницы" });
  await expect
    .poll(async () => {
      await page.reload();
      const shown = await pager.innerText();
      const [{ n }] = await sql<{ n: string }>(
        `select count(*) as n from "User" u join "School" s on s."id" = u."schoolId" where s."shortName" = 'СОШ № 17' and u."deletedAt" is null`,
      );
      return shown.includes(`Всего записей: ${n}. Страница 1 из ${Math.ceil(Number(n) / 50)}`);
    })
    .toBe(true);

  await page.getByLabel("Роль").selectOption({ label: "куратор" });
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table).toContainText("curator");

  await page.goto("/admin/people?sort=login&dir=asc");
  const firstLogin = (
    await sql<{ login: string }>(
      `select u.login from "User" u join "School" s on s."id" = u."schoolId" where s."shortName" = 'СОШ № 17' and u.login is not null order by u.login asc limit 1`,
    )
  )[0].login;
  await expect(table.locator("tbody tr").first()).toContainText(firstLogin);

  await page.goto("/admin/people");
  await page.getByRole("link", { name: "Дальше →" }).click();
  await expect(page.getByRole("navigation", { name: "Страницы" })).toContainText("Страница 2 из");
  await expect(table.locator("tbody tr")).toHaveCount(50);
});

test("ADM-3: another school's curator finds none of this school's people", async ({ page }) => {
  const [student] = await sql<{ lastName: string }>(`select "lastName" from "User" where login = 'student'`);
  await signIn(page, "curator2");
  await page.goto(`/admin/people?q=${encodeURIComponent(student.lastName)}`);
  await expect(page.getByText("Никого не нашлось.")).toBeVisible();
});
