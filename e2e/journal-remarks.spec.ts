// STF-2 and PLN-2 on the teacher's side: each student's expected mark («цель») in view in the
// journal, and a comment about a student written from the cell panel; another class's teacher,
// a student and a parent cannot write one. (No family page shows comments yet: FBK-2.)
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { classStudents, latestLessons, mathJournal5A } from "./helpers/journal";

test.describe.configure({ timeout: 120_000 });

const shortName = (s: { lastName: string; firstName: string; middleName: string | null }) =>
  `${s.lastName} ${s.firstName[0]}.${s.middleName ? ` ${s.middleName[0]}.` : ""}`;

test("STF-2, PLN-2: the teacher sees each student's expected mark and writes a comment about a student from the cell panel", async ({
  page,
  browser,
}) => {
  const journal = await mathJournal5A();
  // An older lesson of the current period than the ones other journal specs edit, taught by the owner.
  const recent = (await latestLessons(journal.id, 12)).map((l) => l.id);
  const [lesson] = await sql<{ id: string; date: string }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date from "Lesson" l join "TeachingAssignment" a on a.id = l."assignmentId"
      where l.id = any($1) and l."teacherId" = a."teacherId" order by l.date desc, l.number desc offset 5 limit 1`,
    [recent],
  );
  expect(lesson, "a lesson of the period taught by the journal's owner").toBeTruthy();
  const students = await sql<{
    id: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    expected: number | null;
    login: string | null;
  }>(
    `select u.id, u."lastName", u."firstName", u."middleName", u.login, e.value as expected
       from "ClassMembership" m join "User" u on u.id = m."studentId"
       join "TeachingAssignment" a on a.id = $1
       left join "ExpectedMark" e on e."studentId" = u.id and e."subjectId" = a."subjectId" and e."yearId" = a."yearId"
      where m."classId" = a."classId"`,
    [journal.id],
  );
  const child = students.find((s) => s.login === "student")!;
  expect(child.expected, "the demo child's family set an expected maths mark").not.toBeNull();
  const without = students.find((s) => s.expected === null)!;
  const text = `Хорошо объясняет решение одноклассникам ${Date.now()}`;

  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  const grid = page.getByTestId("journal-grid");
  await expect(grid.locator("tbody tr", { hasText: shortName(child) })).toContainText(`цель ${child.expected}`);
  await expect(grid.locator("tbody tr", { hasText: shortName(without) })).not.toContainText("цель");

  await page.getByTestId(`cell-${child.id}-${lesson.id}`).click();
  await page.getByLabel("Комментарий ученику").check();
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Напишите текст.");
  await page.getByLabel("Текст для родителей").fill(text);
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Комментарий записан.");
  const rows = await sql<{ kind: string; lessonId: string; author: string }>(
    `select r.kind::text as kind, r."lessonId", u.login as author from "Remark" r join "User" u on u.id = r."authorId" where r."studentId" = $1 and r.text = $2`,
    [child.id, text],
  );
  expect(rows).toEqual([{ kind: "COMMENT", lessonId: lesson.id, author: "teacher" }]);

  // Comments are for parents (ACC-10): the student's own diary never shows one.
  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, "student");
  for (const path of ["/home", `/week?week=${lesson.date}`, "/marks"]) {
    await studentPage.goto(path);
    await expect(studentPage.locator("body"), path).not.toContainText(text);
  }
  await studentContext.close();
});

test("STF-2, ACC-10: another class's teacher, a student and a parent cannot write a remark about a 5А student", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three people sign in on a shared 2-core machine
  const journal = await mathJournal5A();
  const [victim] = await classStudents(journal.classId);
  // A lesson the journal's owner teaches (teacher9 may substitute at others).
  const [lesson] = await sql<{ id: string }>(
    `select l.id from "Lesson" l join "TeachingAssignment" a on a.id = l."assignmentId" where a.id = $1 and l."teacherId" = a."teacherId" order by l.date desc limit 1`,
    [journal.id],
  );
  const [own] = await sql<{ id: string }>(
    `select a.id from "TeachingAssignment" a join "User" t on t.id = a."teacherId"
      where t.login = 'teacher9' and a.journal = 'MAIN' and exists (select 1 from "Lesson" l where l."assignmentId" = a.id) limit 1`,
  );
  const text = `Чужое замечание ${Date.now()}`;
  const written = () => sql(`select 1 from "Remark" where text = $1`, [text]);

  // teacher9 writes in their own journal; on the wire the ids become the 5А student's.
  await signIn(page, "teacher9");
  await page.goto(`/journal/${own.id}`);
  let actionId: string | null = null;
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"] && req.postData()?.includes('"kind"')) {
      actionId = req.headers()["next-action"];
      const body = JSON.parse(req.postData()!) as Record<string, unknown>[];
      body[0] = { ...body[0], assignmentId: journal.id, studentId: victim.id, lessonId: lesson.id };
      return route.continue({ postData: JSON.stringify(body) });
    }
    return route.continue();
  });
  await page.locator("input[data-row='0'][data-col='0']").click();
  await page.getByLabel("Текст для родителей").fill(text);
  await page.getByRole("button", { name: "Записать" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Не найдено.");
  await page.unroute("**/*");
  expect(actionId).toBeTruthy();
  expect(await written()).toHaveLength(0);

  // A student and a parent replay it (see e2e/journal-access.spec.ts for why 404/409 is also a refusal).
  const ownUrl = new URL(`/journal/${own.id}`, page.url()).toString();
  for (const login of ["student", "parent"]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, login);
    const reply = await context.request.post(ownUrl, {
      headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ assignmentId: journal.id, studentId: victim.id, lessonId: lesson.id, kind: "REMARK", text }]),
    });
    const body = await reply.text();
    expect([404, 409].includes(reply.status()) || body.includes("Не найдено."), `${login}: ${reply.status()}`).toBe(true);
    expect(body, login).not.toContain('"ok":true');
    await context.close();
  }
  expect(await written()).toHaveLength(0);
});
