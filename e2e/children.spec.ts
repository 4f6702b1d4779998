// ACC-9 and the active child: a parent switches between their children; a forged cookie or
// URL naming another family's child shows nothing of that child.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { otherFamilyChild, userByLogin } from "./helpers/db";

test("ACC-9: a parent switches children and sees the other child's diary", async ({ page }) => {
  const first = await userByLogin("student");
  const second = await userByLogin("student9");
  await signIn(page, "parent");
  const switcher = page.getByRole("group", { name: "Дневник ребёнка" });
  await expect(switcher.getByRole("button")).toHaveCount(2);

  await switcher.getByRole("button", { name: new RegExp(second.firstName) }).click();
  await expect(page.getByTestId("diary-child")).toContainText(`${second.lastName} ${second.firstName}`);
  await expect(page.getByTestId("diary-child")).toContainText("9А");
  await expect(switcher.getByRole("button", { name: new RegExp(second.firstName) })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(page.getByTestId("diary-child")).toContainText(second.firstName);

  await switcher.getByRole("button", { name: new RegExp(first.firstName) }).click();
  await expect(page.getByTestId("diary-child")).toContainText(`${first.lastName} ${first.firstName}`);
  await expect(page.getByTestId("diary-child")).toContainText("5А");
});

test("ACC-9, ACC-10: a forged child cookie shows the parent's own child, nothing of another family's", async ({ page, context }) => {
  const stranger = await otherFamilyChild();
  await signIn(page, "parent");
  await context.addCookies([{ name: "active_child", value: stranger.id, url: page.url() }]);
  await page.goto("/home");
  await expect(page.getByTestId("diary-child")).toBeVisible();
  await expect(page.getByTestId("diary-child")).not.toContainText(stranger.lastName);
  await expect(page.locator("body")).not.toContainText(`${stranger.lastName} ${stranger.firstName}`);
});

test("ACC-9, ACC-10: a URL naming another family's child shows nothing of that child", async ({ page }) => {
  const stranger = await otherFamilyChild();
  const own = await userByLogin("student");
  await signIn(page, "parent");
  await page.goto(`/home?child=${stranger.id}`);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByTestId("diary-child")).toContainText(own.firstName);
  await expect(page.locator("body")).not.toContainText(`${stranger.lastName} ${stranger.firstName}`);
});

test("ACC-9, ACC-10: a student cannot switch to another diary by cookie or URL", async ({ page, context }) => {
  const sibling = await userByLogin("student9");
  await signIn(page, "student");
  await context.addCookies([{ name: "active_child", value: sibling.id, url: page.url() }]);
  await page.goto(`/home?child=${sibling.id}`);
  await expect(page.getByTestId("diary-child")).not.toContainText(sibling.firstName);
  await expect(page.getByRole("group", { name: "Дневник ребёнка" })).toHaveCount(0);
});

test("OTH-1: the home page shows today's lessons and recent marks from the journal @phone", async ({ page }) => {
  await signIn(page, "student");
  await expect(page.getByRole("heading", { name: /Сегодня/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Завтра|Следующий учебный день/ })).toBeVisible();
  await expect(page.getByTestId("recent-marks").locator("li").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
