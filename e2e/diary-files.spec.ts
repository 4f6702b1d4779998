// STU-3: a student hands in files and deletes them; the teacher can open them; parents, other
// students and a replayed upload from a parent's session get nothing.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";

async function submittableHomework() {
  const [row] = await sql<{ id: string; text: string; due: string }>(
    `select h.id, h.text, h."dueDate"::text as due from "Homework" h
       join "Lesson" l on l.id = h."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
       join "ClassMembership" cm on cm."classId" = a."classId" and a."groupId" is null
       join "User" u on u.id = cm."studentId"
     where u.login = 'student' and h."acceptsSubmissions"
       and (select count(*) from "Homework" h2 join "Lesson" l2 on l2.id = h2."lessonId" where h2."dueDate" = h."dueDate" and l2."assignmentId" = l."assignmentId") = 1
       and not exists (select 1 from "SubmissionFile" s where s."homeworkId" = h.id)
     order by h."dueDate" desc limit 1`,
  );
  return row;
}

test("STU-3: a student hands in files, the button becomes «Файлы», and deletes one", async ({ page, browser }) => {
  // Four people sign in here; on two shared cores that takes longer than the default minute.
  test.setTimeout(180_000);
  const hw = await submittableHomework();
  await signIn(page, "student");
  await page.goto(`/week?week=${hw.due}`);
  const item = page.getByTestId("homework").filter({ hasText: hw.text }).first();
  await item.getByRole("button", { name: "Сдать" }).click();
  const panel = item.getByTestId("submission-panel");
  await panel.getByRole("button", { name: "Загрузить" }).click();
  await expect(panel.getByText("Выберите хотя бы один файл")).toBeVisible();
  await panel.getByLabel(/Файлы для сдачи/).setInputFiles([
    { name: "решение.txt", mimeType: "text/plain", buffer: Buffer.from("x = 42") },
    { name: "фото.png", mimeType: "image/png", buffer: Buffer.from([137, 80, 78, 71]) },
  ]);
  await panel.getByRole("button", { name: "Загрузить" }).click();
  await expect(item.getByRole("list", { name: "Мои файлы" }).getByRole("listitem")).toHaveCount(2);
  await expect(item.getByRole("button", { name: "Файлы", exact: true })).toBeVisible();

  const [file] = await sql<{ id: string }>(
    `select f.id from "StoredFile" f join "SubmissionFile" s on s."fileId" = f.id where s."homeworkId" = $1 and f.name = 'решение.txt'`,
    [hw.id],
  );
  const own = await page.request.get(`/api/files/${file.id}`);
  expect(own.status()).toBe(200);
  expect(await own.text()).toBe("x = 42");

  for (const login of ["student9", "parent"]) {
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await signIn(other, login);
    expect((await other.request.get(`/api/files/${file.id}`)).status(), login).toBe(404);
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const teacher = await ctx.newPage();
  await signIn(teacher, "teacher");
  const [{ teaches }] = await sql<{ teaches: boolean }>(
    `select (l."teacherId" = u.id or a."teacherId" = u.id) as teaches from "Homework" h join "Lesson" l on l.id = h."lessonId"
       join "TeachingAssignment" a on a.id = l."assignmentId" join "User" u on u.login = 'teacher' where h.id = $1`,
    [hw.id],
  );
  expect((await teacher.request.get(`/api/files/${file.id}`)).status()).toBe(teaches ? 200 : 404);
  await ctx.close();

  await item.getByRole("button", { name: /Удалить решение\.txt/ }).click();
  await expect(item.getByRole("list", { name: "Мои файлы" }).getByRole("listitem")).toHaveCount(1);
  expect((await page.request.get(`/api/files/${file.id}`)).status()).toBe(404);
});

test("STU-3, ACC-10: a parent has no «Сдать» and a replayed upload from a parent's session is refused", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const hw = await submittableHomework();
  await signIn(page, "student");
  await page.goto(`/week?week=${hw.due}`);
  const item = page.getByTestId("homework").filter({ hasText: hw.text }).first();
  await item.getByRole("button", { name: /Сдать|Файлы/ }).click();
  // Capture the real upload request, let it fail before reaching the server.
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/week**", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = { headers: req.headers(), body: req.postDataBuffer()! };
      await route.abort();
    } else await route.continue();
  });
  await item.getByLabel(/Файлы для сдачи/).setInputFiles({ name: "чужое.txt", mimeType: "text/plain", buffer: Buffer.from("parent") });
  await item.getByRole("button", { name: "Загрузить" }).click();
  await expect.poll(() => captured !== null).toBe(true);

  const ctx = await browser.newContext();
  const parent = await ctx.newPage();
  await signIn(parent, "parent");
  await parent.goto(`/week?week=${hw.due}`);
  await expect(parent.getByTestId("homework").filter({ hasText: hw.text }).first()).toBeVisible();
  await expect(parent.getByRole("button", { name: /Сдать|Файлы/ })).toHaveCount(0);
  const { headers, body } = captured!;
  const res = await parent.request.post(`/week?week=${hw.due}`, {
    headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component" },
    data: body,
  });
  expect(await res.text()).toContain("Не найдено.");
  expect(await sql(`select 1 from "StoredFile" where name = 'чужое.txt'`)).toHaveLength(0);
  await ctx.close();
});
