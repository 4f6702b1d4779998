// STF-1 / STU-3: the teacher attaches a file to a lesson's homework; a file over the limit is
// refused in Russian with nothing stored; the student of that class can download the file,
// a student of another class cannot.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { latestLessons, mathJournal5A } from "./helpers/journal";

test.describe.configure({ timeout: 180_000 });

test("STF-1, STU-3: the teacher attaches homework files; too large a file is refused and nothing is saved", async ({ page, browser }) => {
  const journal = await mathJournal5A();
  // An older lesson than the ones other journal specs edit, with a homework set at it.
  const lessons = await latestLessons(journal.id, 8);
  const withHomework = await sql<{ id: string; date: string; number: number; homeworkId: string }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date, l.number, h.id as "homeworkId"
       from "Lesson" l join "Homework" h on h."lessonId" = l.id
      where l.id = any($1) order by l.date asc limit 1`,
    [lessons.slice(3).map((l) => l.id)],
  );
  const lesson = withHomework[0];
  expect(lesson, "a lesson with homework in the current period").toBeTruthy();
  const countFiles = async () =>
    Number((await sql<{ n: string }>(`select count(*) as n from "HomeworkFile" where "homeworkId" = $1`, [lesson.homeworkId]))[0].n);
  const before = await countFiles();

  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  await expect(page.getByTestId("journal-grid")).toBeVisible();
  const day = `${lesson.date.slice(8, 10)}.${lesson.date.slice(5, 7)}`;
  await page.getByRole("button", { name: `Урок ${day}, ${lesson.number}-й: тема и задание` }).click();

  const input = page.getByLabel("Прикрепить файлы к заданию");
  await input.setInputFiles({ name: "огромный.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
  await page.getByRole("button", { name: "Прикрепить", exact: true }).click();
  await expect(page.getByText("Файл «огромный.pdf» больше 10 МБ")).toBeVisible();
  expect(await countFiles()).toBe(before);

  const name = `Образец решения ${Date.now()}.txt`;
  await input.setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from("Решение: 3/4 + 1/4 = 1") });
  await page.getByRole("button", { name: "Прикрепить", exact: true }).click();
  await expect(page.getByText("Файлы прикреплены к заданию.")).toBeVisible();
  await expect(page.getByRole("link", { name })).toBeVisible();
  expect(await countFiles()).toBe(before + 1);

  const [file] = await sql<{ id: string }>(`select id from "StoredFile" where name = $1`, [name]);
  const student = await browser.newContext();
  const studentPage = await student.newPage();
  await signIn(studentPage, "student");
  const ok = await studentPage.request.get(`/api/files/${file.id}`);
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toContain("3/4 + 1/4");
  await student.close();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "student9");
  expect((await otherPage.request.get(`/api/files/${file.id}`)).status()).toBe(404);
  await other.close();
});
