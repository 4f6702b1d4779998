// Attacker specs for the role areas and the visibility matrix (ACC-10): each gets a 404.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";

test("ACC-10: a student cannot open /admin or /journal", async ({ page }) => {
  await signIn(page, "student");
  for (const path of ["/admin", "/journal"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByText("Страница не найдена")).toBeVisible();
  }
});

test("ACC-10: a student cannot open the parent-only sections, even by URL", async ({ page }) => {
  await signIn(page, "student");
  await expect(page.getByRole("link", { name: "Замечания" })).toHaveCount(0);
  for (const path of ["/remarks", "/comments", "/development", "/absence-notes", "/services", "/payment"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("ACC-10: a parent cannot open the student-only sections", async ({ page }) => {
  await signIn(page, "parent");
  await expect(page.getByRole("link", { name: "Замечания" })).toBeVisible();
  for (const path of ["/tests", "/courses", "/online-lessons"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("ACC-10: a teacher has no diary and no /admin; a parent has no /journal", async ({ page, browser }) => {
  await signIn(page, "teacher");
  expect((await page.goto("/home"))?.status()).toBe(404);
  expect((await page.goto("/admin"))?.status()).toBe(404);
  const other = await browser.newPage();
  await signIn(other, "parent");
  expect((await other.goto("/journal"))?.status()).toBe(404);
  await other.close();
});

test("ADM-1: a curator of another school sees only their own school", async ({ page }) => {
  await signIn(page, "curator2");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Гимназия № 2");
  await expect(page.getByText("СОШ № 17")).toHaveCount(0);
});

test("ACC-10: an anonymous API call gets 401, not data", async ({ request }) => {
  const res = await request.get("/api/files/anything", { maxRedirects: 0 });
  expect(res.status()).toBe(401);
});

test("a section that is not built yet says so honestly", async ({ page }) => {
  await signIn(page, "student");
  await page.goto("/portfolio");
  await expect(page.getByText("Раздел в разработке")).toBeVisible();
});
