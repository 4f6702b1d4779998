// STF-1, FBK-1/2, GRD-1, STU-1: the teacher fills the journal; the parent sees it in the diary;
// the student never sees the remark. Fast typing saves every cell exactly once.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { classStudents, clearCells, latestLessons, mathJournal5A } from "./helpers/journal";

// The machine is shared (2 cores); a journal page with its grid takes a while to hydrate there.
test.describe.configure({ timeout: 120_000 });

test("STF-1, STF-2, ACC-10: the teacher enters a mark with a comment, an absence, a remark and homework; the parent sees the mark, the student never the remark", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // three people sign in on a shared 2-core machine
  const journal = await mathJournal5A();
  const [lesson] = await latestLessons(journal.id, 1);
  const students = await classStudents(journal.classId);
  const child = students.find((s) => s.login === "student")!;
  const absent = students.find((s) => s.login !== "student")!;
  await clearCells(lesson.id, [child.id, absent.id]);
  const comment = `Решение у доски ${Date.now()}`;
  const remark = `Забыл тетрадь ${Date.now()}`;
  const homework = `№ 512, 514 — проверка ${Date.now()}`;

  await signIn(page, "teacher");
  await page.locator(`a[href="/journal/${journal.id}"]`).click();
  await expect(page.getByTestId("journal-grid")).toBeVisible();

  const cell = page.getByTestId(`cell-${child.id}-${lesson.id}`);
  await cell.click();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("data-status", "saved");

  await cell.click();
  await page.getByLabel("Комментарий к оценке").fill(comment);
  await page.getByRole("button", { name: "Сохранить комментарий" }).click();
  await expect(cell).toHaveAttribute("data-status", "saved");
  await expect(cell).toHaveAttribute("title", `Комментарий: ${comment}`);

  await cell.click();
  await page.getByLabel("Замечание").check();
  await page.getByLabel("Текст для родителей").fill(remark);
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Замечание записано.");

  const absentCell = page.getByTestId(`cell-${absent.id}-${lesson.id}`);
  await absentCell.click();
  await page.keyboard.type("н");
  await page.keyboard.press("Tab");
  await expect(absentCell).toHaveAttribute("data-status", "saved");
  await expect(absentCell).toHaveValue("Н");

  const day = `${lesson.date.slice(8, 10)}.${lesson.date.slice(5, 7)}`;
  await page.getByRole("button", { name: `Урок ${day}, ${lesson.number}-й: тема и задание` }).click();
  await page.getByLabel("Тема урока").fill("Сложение дробей");
  await page.getByLabel("Домашнее задание").fill(homework);
  await page.getByLabel("Вид работы").selectOption({ label: "Самостоятельная работа" });
  await page.getByRole("button", { name: "Сохранить урок" }).click();
  await expect(page.getByText("Урок сохранён.")).toBeVisible();

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByTestId(`cell-${child.id}-${lesson.id}`)).toHaveValue("5");
  await expect(page.getByTestId(`cell-${absent.id}-${lesson.id}`)).toHaveValue("Н");
  const [hw] = await sql<{ text: string }>(`select text from "Homework" where "lessonId" = $1`, [lesson.id]);
  expect(hw?.text).toBe(homework);
  const [att] = await sql<{ kind: string }>(`select kind from "Attendance" where "lessonId" = $1 and "studentId" = $2`, [
    lesson.id,
    absent.id,
  ]);
  expect(att?.kind).toBe("ABSENT");

  // The mark's history is one click away.
  await page.getByTestId(`cell-${child.id}-${lesson.id}`).click();
  await page.getByRole("button", { name: "История изменений" }).click();
  await expect(page.getByTestId("mark-history")).toContainText("поставлена");
  await expect(page.getByTestId("mark-history")).toContainText(`→ 5 (${comment})`);

  // The parent sees the mark with its comment on the diary's home page.
  const parent = await browser.newPage();
  await signIn(parent, "parent");
  await parent.goto(`/home?child=${child.id}`);
  const recent = parent.getByTestId("recent-marks");
  await expect(recent).toContainText(comment);
  await expect(recent.locator("li", { hasText: comment }).getByLabel(/Оценка 5\. Самостоятельная работа/)).toBeVisible();
  const [r] = await sql<{ kind: string }>(`select kind from "Remark" where "studentId" = $1 and text = $2`, [child.id, remark]);
  expect(r?.kind).toBe("REMARK");
  await parent.close();

  // The student does not see the remark anywhere they can go.
  const student = await browser.newPage();
  await signIn(student, "student");
  for (const path of ["/home", "/week", "/marks"]) {
    await student.goto(path);
    await expect(student.locator("body")).not.toContainText(remark);
  }
  expect((await student.goto("/remarks"))?.status()).toBe(404);
  await student.close();
});

test("STF-1: fast typing down a column saves every cell exactly once", async ({ page }) => {
  const journal = await mathJournal5A();
  const [, lesson] = await latestLessons(journal.id, 2);
  const students = (await classStudents(journal.classId)).slice(0, 10);
  const ids = students.map((s) => s.id);
  await clearCells(lesson.id, ids);
  await sql(`delete from "AuditLog" where "entityId" = any($1)`, [ids.map((id) => `${lesson.id}/${id}/MAIN`)]);

  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  await page.getByTestId(`cell-${ids[0]}-${lesson.id}`).click();
  const typed = ids.map((_, i) => String((i % 5) + 1));
  for (const v of typed) {
    await page.keyboard.type(v, { delay: 0 });
    await page.keyboard.press("Enter", { delay: 0 });
  }
  for (const [i, id] of ids.entries()) {
    const cell = page.getByTestId(`cell-${id}-${lesson.id}`);
    await expect(cell).toHaveAttribute("data-status", "saved");
    await expect(cell).toHaveValue(typed[i]);
  }
  const rows = await sql<{ action: string; entityId: string }>(`select action, "entityId" from "AuditLog" where "entityId" = any($1)`, [
    ids.map((id) => `${lesson.id}/${id}/MAIN`),
  ]);
  expect(rows.filter((r) => r.action === "mark.create")).toHaveLength(ids.length);
  expect(rows.filter((r) => r.action !== "mark.create")).toHaveLength(0);
  const marks = await sql<{ studentId: string; value: string }>(
    `select "studentId", value from "Mark" where "lessonId" = $1 and "studentId" = any($2)`,
    [lesson.id, ids],
  );
  expect(new Map(marks.map((m) => [m.studentId, m.value]))).toEqual(new Map(ids.map((id, i) => [id, typed[i]])));
});

test("STF-1: a mark outside the scale is refused in Russian and nothing is saved", async ({ page }) => {
  const journal = await mathJournal5A();
  const [, , lesson] = await latestLessons(journal.id, 3);
  const [s] = await classStudents(journal.classId);
  await clearCells(lesson.id, [s.id]);
  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  const cell = page.getByTestId(`cell-${s.id}-${lesson.id}`);
  await cell.click();
  await page.keyboard.type("7");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("data-status", "error");
  await expect(page.getByTestId("grid-message")).toContainText("Оценка: 1–5");
  const marks = await sql(`select 1 from "Mark" where "lessonId" = $1 and "studentId" = $2`, [lesson.id, s.id]);
  expect(marks).toHaveLength(0);
});
