// STU-1, STU-2: the study week as a family reads it — navigation, a mark's comment, a complaint
// that turns the icon red, remarks for parents only, a phone layout; and a forged complaint.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";

const iso = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** A homework of the child's class with no complaint yet (due in a week that has lessons). */
async function freshHomework(login: string) {
  const [row] = await sql<{ id: string; text: string; due: string }>(
    `select h.id, h.text, h."dueDate"::text as due from "Homework" h
       join "Lesson" l on l.id = h."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
       join "ClassMembership" cm on cm."classId" = a."classId" and a."groupId" is null
       join "User" u on u.id = cm."studentId"
     where u.login = $1 and not exists (select 1 from "HomeworkComplaint" c where c."homeworkId" = h.id)
       and (select count(*) from "Homework" h2 join "Lesson" l2 on l2.id = h2."lessonId" where h2."dueDate" = h."dueDate" and l2."assignmentId" = l."assignmentId") = 1
     order by h."dueDate" desc offset 3 limit 1`,
    [login],
  );
  return row;
}

test("STU-1: the week moves back and forward and returns to this week", async ({ page }) => {
  await signIn(page, "student");
  await page.goto("/week");
  await expect(page.getByRole("heading", { name: /Учебная неделя/ })).toBeVisible();
  await expect(page.getByTestId("week-day")).toHaveCount(6);
  const range = await page.getByTestId("week-range").textContent();
  await page.getByRole("link", { name: "← Предыдущая неделя" }).click();
  await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId("week-range")).not.toHaveText(range!);
  await expect(page.getByTestId("week-lesson").first()).toBeVisible();
  await page.getByRole("link", { name: "Текущая неделя" }).click();
  await expect(page.getByTestId("week-range")).toHaveText(range!);
  await page.getByRole("link", { name: "Следующая неделя →" }).click();
  await expect(page.getByTestId("week-range")).not.toHaveText(range!);
});

test("STU-1: a mark with a comment opens its text on click", async ({ page }) => {
  const [mark] = await sql<{ comment: string; date: Date }>(
    `select m.comment, l.date from "Mark" m join "Lesson" l on l.id = m."lessonId" join "User" u on u.id = m."studentId"
     where u.login = 'student' and m.comment is not null and m.journal = 'MAIN' order by l.date desc limit 1`,
  );
  await signIn(page, "student");
  await page.goto(`/week?week=${iso(mark.date)}`);
  const day = page.locator(`[data-testid="week-day"][data-date="${iso(mark.date)}"]`);
  await day
    .getByRole("button", { name: new RegExp(mark.comment.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .first()
    .click();
  await expect(day.getByRole("note").first()).toContainText(mark.comment);
});

test("STU-2: a parent's complaint goes to the head teacher and turns the icon red", async ({ page }) => {
  const hw = await freshHomework("student");
  await signIn(page, "parent");
  await page.goto(`/week?week=${hw.due}`);
  const item = page.getByTestId("homework").filter({ hasText: hw.text }).first();
  await item.getByRole("button", { name: "Пожаловаться на задание" }).click();
  await item.getByRole("button", { name: "Отправить жалобу" }).click();
  await expect(item.getByText("Опишите, что не так с заданием")).toBeVisible();
  await item.getByLabel(/Жалоба на домашнее задание/).fill("Задание слишком большое для одного вечера");
  await item.getByRole("button", { name: "Отправить жалобу" }).click();
  await expect(item.getByRole("button", { name: "Жалоба отправлена завучу" })).toHaveAttribute("data-complained", "true");
  await page.reload();
  await expect(
    page.getByTestId("homework").filter({ hasText: hw.text }).first().getByRole("button", { name: "Жалоба отправлена завучу" }),
  ).toBeVisible();
  const rows = await sql(`select 1 from "HomeworkComplaint" where "homeworkId" = $1 and status = 'OPEN'`, [hw.id]);
  expect(rows).toHaveLength(1);
});

test("FBK-1, ACC-10: remarks appear in the parent's week, never in the student's", async ({ page }) => {
  const [r] = await sql<{ text: string; date: Date }>(
    `select r.text, l.date from "Remark" r join "Lesson" l on l.id = r."lessonId" join "User" u on u.id = r."studentId"
     where u.login = 'student' and r.kind = 'REMARK' order by l.date desc limit 1`,
  );
  await signIn(page, "parent");
  await page.goto(`/week?week=${iso(r.date)}`);
  await expect(page.getByTestId("remark").filter({ hasText: r.text })).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, "student");
  await page.goto(`/week?week=${iso(r.date)}`);
  await expect(page.getByTestId("week-day").first()).toBeVisible();
  await expect(page.getByTestId("remark")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(r.text);
});

test("STU-2: a complaint about another family's homework is refused", async ({ page }) => {
  const own = await freshHomework("student");
  const [stranger] = await sql<{ id: string }>(
    `select h.id from "Homework" h join "Lesson" l on l.id = h."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
       join "SchoolClass" c on c.id = a."classId" where c.grade = 5 and c.letter = 'Б' limit 1`,
  );
  await signIn(page, "parent");
  await page.goto(`/week?week=${own.due}`);
  // Rewrite the action's argument on the wire: the server must tie the id to the active child.
  await page.route("**/week**", async (route) => {
    const body = route.request().postData();
    if (route.request().method() === "POST" && body?.includes(own.id)) {
      await route.continue({ postData: body.replaceAll(own.id, stranger.id) });
    } else await route.continue();
  });
  const item = page.getByTestId("homework").filter({ hasText: own.text }).first();
  await item.getByRole("button", { name: "Пожаловаться на задание" }).click();
  await item.getByLabel(/Жалоба на домашнее задание/).fill("Попытка пожаловаться на чужое задание");
  await item.getByRole("button", { name: "Отправить жалобу" }).click();
  await expect(item.getByTestId("form-message")).toHaveText("Не найдено.");
  expect(await sql(`select 1 from "HomeworkComplaint" where "homeworkId" = $1`, [stranger.id])).toHaveLength(0);
});

test("STU-1: the week reads day under day on a phone without sideways scrolling @phone", async ({ page }) => {
  await signIn(page, "parent");
  await page.goto("/week?week=" + iso(new Date((await sql<{ d: Date }>(`select max(date) as d from "Lesson"`))[0].d)));
  await expect(page.getByTestId("week-day")).toHaveCount(6);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (test.info().project.name !== "phone") return;
  const boxes = await page.getByTestId("week-day").evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
  expect(boxes[1]).toBeGreaterThan(boxes[0]);
});
