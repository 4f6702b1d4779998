// Attacker specs for the journal: another teacher opens or posts to the 5А maths journal, a
// student and a parent post to the journal actions. Each gets a 404 or "Не найдено.", never data.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { classStudents, clearCells, latestLessons, mathJournal5A } from "./helpers/journal";

async function ownJournalOf(login: string) {
  const [a] = await sql<{ id: string }>(
    `select a.id from "TeachingAssignment" a join "User" t on t.id = a."teacherId"
      where t.login = $1 and a.journal = 'MAIN' and exists (select 1 from "Lesson" l where l."assignmentId" = a.id) limit 1`,
    [login],
  );
  return a.id;
}

/** Types into the first editable cell and, on the way out, swaps the ids for the victim's. */
async function postForgedCell(page: Page, victim: { lessonId: string; studentId: string }) {
  let actionId: string | null = null;
  await page.route("**/*", async (route) => {
    const req = route.request();
    const id = req.headers()["next-action"];
    if (req.method() === "POST" && id && req.postData()?.includes('"lessonId"')) {
      actionId = id;
      const body = JSON.parse(req.postData()!) as Record<string, unknown>[];
      body[0] = { ...body[0], lessonId: victim.lessonId, studentId: victim.studentId, journal: "MAIN", text: "2" };
      return route.continue({ postData: JSON.stringify(body) });
    }
    return route.continue();
  });
  const cell = page.locator("input[data-row='0'][data-col='0']");
  await cell.click();
  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("grid-message")).toHaveText("Не найдено.");
  await page.unroute("**/*");
  return actionId as string | null;
}

test("STF-1, ACC-10: a teacher of another class gets 404 on the 5А maths journal and «Не найдено.» from its actions", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three people sign in on a shared 2-core machine
  const journal = await mathJournal5A();
  const [lesson] = await latestLessons(journal.id, 1);
  const [victim] = await classStudents(journal.classId);
  await clearCells(lesson.id, [victim.id]);
  // The demo seed sets random substitutes; here teacher9 must be a stranger to this journal
  // (a substitute may open it: tests/integration/journal.test.ts covers that case).
  await sql(
    `update "Lesson" l set "teacherId" = a."teacherId" from "TeachingAssignment" a
      where a.id = l."assignmentId" and a.id = $1 and l."teacherId" = (select id from "User" where login = 'teacher9')`,
    [journal.id],
  );

  await signIn(page, "teacher9");
  const res = await page.goto(`/journal/${journal.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Страница не найдена")).toBeVisible();
  expect((await page.goto(`/journal/class/${journal.classId}`))?.status()).toBe(404);
  expect((await page.goto("/journal/complaints"))?.status()).toBe(404);

  const ownUrl = `/journal/${await ownJournalOf("teacher9")}`;
  await page.goto(ownUrl);
  const actionId = await postForgedCell(page, { lessonId: lesson.id, studentId: victim.id });
  expect(actionId).toBeTruthy();
  expect(await sql(`select 1 from "Mark" where "lessonId" = $1 and "studentId" = $2`, [lesson.id, victim.id])).toHaveLength(0);

  // A student and a parent replay the same action on the page that serves it: the proxy turns
  // the journal area into the 404 page, where the action does not exist (Next answers 404/409);
  // the action's own role check is tested in tests/integration/journal-actions.test.ts.
  for (const login of ["student", "parent"]) {
    const other = await browser.newPage();
    await signIn(other, login);
    const reply = await other.request.post(ownUrl, {
      headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ lessonId: lesson.id, studentId: victim.id, journal: "MAIN", text: "2" }]),
    });
    const text = await reply.text();
    expect([404, 409].includes(reply.status()) || text.includes("Не найдено."), `${login}: ${reply.status()}`).toBe(true);
    expect(text, login).not.toContain('"ok":true');
    await other.close();
  }
  expect(await sql(`select 1 from "Mark" where "lessonId" = $1 and "studentId" = $2`, [lesson.id, victim.id])).toHaveLength(0);
});

test("only the class teacher opens the class overview", async ({ page }) => {
  const journal = await mathJournal5A();
  await signIn(page, "teacher");
  await page.getByRole("link", { name: /5А: успеваемость и пропуски/ }).click();
  await expect(page.getByRole("heading", { name: "5А: успеваемость и пропуски" })).toBeVisible();
  await expect(page.getByTestId("class-overview")).toContainText("Математика");
  const [cls9] = await sql<{ id: string }>(`select id from "SchoolClass" where grade = 9 and letter = 'А'`);
  expect((await page.goto(`/journal/class/${cls9.id}`))?.status()).toBe(404);
  expect(journal.classId).toBeTruthy();
});
