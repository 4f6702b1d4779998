// GRD-2, GRD-4, PLN-4: the screens behind diary data that only the seed used to produce — the
// homework journal switch, exam and final attestation marks, control works planned ahead — and
// the attackers replaying each action on the teacher's 5А maths journal.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql, userByLogin } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { classStudents, latestLessons, mathJournal5A } from "./helpers/journal";

// The machine is shared (2 cores); a journal page with its grid takes a while to hydrate there.
test.describe.configure({ timeout: 180_000 });

const REFUSED = "Не найдено.";

async function openJournal(page: Page, assignmentId: string, query = "") {
  await page.goto(`/journal/${assignmentId}${query}`);
  await expect(page.getByRole("navigation", { name: "Учебный период" })).toBeVisible();
}

/** The parent's «Отметки (ДЗ)» count of a subject in the current period (the table's last column). */
async function homeworkCount(page: Page, studentId: string, subject: string): Promise<number> {
  await page.goto(`/homework-marks?child=${studentId}`);
  await expect(page.getByRole("heading", { name: "Отметки (ДЗ)" })).toBeVisible();
  const row = page.getByTestId("marks-table").locator(`tbody tr[data-subject="${subject}"]`);
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator("td").last().innerText()).trim());
}

/** The value in «Итоговые оценки» for a subject under a column title («Экзамен», «Итоговая»). */
async function finalCell(page: Page, studentId: string, subject: string, column: string): Promise<string | null> {
  await page.goto(`/final-marks?child=${studentId}`);
  await expect(page.getByRole("heading", { name: "Итоговые оценки" })).toBeVisible();
  if ((await page.getByTestId("final-marks").count()) === 0) return null;
  return page.getByTestId("final-marks").evaluate(
    (table, [subject, column]) => {
      const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      const at = heads.indexOf(column);
      if (at < 0) return null;
      const row = [...table.querySelectorAll("tbody tr")].find((tr) => tr.querySelector("th")!.textContent!.trim() === subject);
      return row ? row.children[at].textContent!.trim() : null;
    },
    [subject, column] as const,
  );
}

/**
 * Replays an action as `login` on the page it was captured on and expects a refusal: the action
 * itself answers «Не найдено.»; someone outside the journal area may get the proxy's 404 first.
 */
async function replayRefused(browser: Browser, login: string, action: { id: string; url: string }, arg: unknown) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  const reply = await context.request.post(action.url, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([arg]),
  });
  const body = await reply.text();
  const inJournalArea = login.startsWith("teacher");
  expect(
    body.includes(REFUSED) || (!inJournalArea && [404, 409].includes(reply.status())),
    `${login}: ${reply.status()} ${body.slice(0, 300)}`,
  ).toBe(true);
  expect(body, login).not.toContain('"ok":true');
  await context.close();
}

const ATTACKERS = [{ login: "teacher9" }, { login: "parent" }];

test("GRD-2: the teacher turns on the homework journal, enters a mark there, the parent sees it in «Отметки (ДЗ)»; turning it off with marks is refused; teacher9 and a parent replaying the switch are refused", async ({
  page,
  browser,
}) => {
  const journal = await mathJournal5A();
  const student = await userByLogin("student");
  const [lesson] = await latestLessons(journal.id, 1);
  // Fixture: the journal starts without its homework journal and the cell empty.
  await sql(`update "TeachingAssignment" set "keepsHomeworkJournal" = false where id = $1`, [journal.id]);
  await sql(`delete from "Mark" where "lessonId" = $1 and "studentId" = $2 and journal = 'HOMEWORK'`, [lesson.id, student.id]);
  const flag = async () =>
    (await sql<{ on: boolean }>(`select "keepsHomeworkJournal" as on from "TeachingAssignment" where id = $1`, [journal.id]))[0].on;

  // The child's homework-journal marks of this journal in the current period, as the diary counts them.
  const stored = async () =>
    (
      await sql<{ n: number }>(
        `select count(*)::int as n from "Mark" m join "Lesson" l on l.id = m."lessonId"
           join "TeachingAssignment" ta on ta.id = l."assignmentId"
           join "StudyPeriod" p on p."yearId" = ta."yearId" and l.date between p."startDate" and p."endDate"
                                and current_date between p."startDate" and p."endDate"
          where l."assignmentId" = $1 and m."studentId" = $2 and m.journal = 'HOMEWORK'`,
        [journal.id, student.id],
      )
    )[0].n;
  // While the journal keeps no homework journal, «Отметки (ДЗ)» has no row for it.
  await signIn(page, "parent");
  expect(await homeworkCount(page, student.id, "Математика")).toBe(0);
  await page.context().clearCookies();

  await signIn(page, "teacher");
  await openJournal(page, journal.id);
  await expect(page.getByRole("link", { name: "Журнал домашних работ", exact: true })).toHaveCount(0);
  const switchOn = await captureAction(page, () => page.getByRole("button", { name: "Вести отдельный журнал домашних работ" }).click());
  await expect(page.getByRole("link", { name: "Журнал домашних работ", exact: true })).toBeVisible();
  expect(await flag()).toBe(true);

  await page.getByRole("link", { name: "Журнал домашних работ", exact: true }).click();
  await expect(page.getByRole("heading", { name: /журнал домашних работ/ })).toBeVisible();
  const cell = page.getByTestId(`cell-${student.id}-${lesson.id}`);
  await cell.click();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("data-status", "saved");
  const marks = await sql(`select 1 from "Mark" where "lessonId" = $1 and "studentId" = $2 and journal = 'HOMEWORK' and value = '2'`, [
    lesson.id,
    student.id,
  ]);
  expect(marks).toHaveLength(1);

  // Off would hide marks the family already sees: refused with a message, nothing changed.
  await page.getByRole("button", { name: "Выключить журнал домашних работ" }).click();
  await expect(page.getByTestId("form-message")).toContainText("В журнале домашних работ уже есть отметки");
  expect(await flag()).toBe(true);
  await page.context().clearCookies();

  await signIn(page, "parent");
  const count = await stored();
  expect(count).toBeGreaterThan(0);
  expect(await homeworkCount(page, student.id, "Математика")).toBe(count);

  // Attackers replay the switch («not found» comes before any check of the journal's marks).
  for (const a of ATTACKERS) {
    await replayRefused(browser, a.login, switchOn, { assignmentId: journal.id, on: false });
    expect(await flag(), a.login).toBe(true);
  }
  await sql(`delete from "Mark" where "lessonId" = $1 and "studentId" = $2 and journal = 'HOMEWORK'`, [lesson.id, student.id]);
});

test("GRD-4: the teacher enters an exam mark and the head teacher a final one; the parent sees both in «Итоговые оценки»; a mark off the scale is refused; teacher9 and a parent replaying are refused", async ({
  page,
  browser,
}) => {
  const journal = await mathJournal5A();
  const student = await userByLogin("student");
  const [subject] = await sql<{ id: string }>(`select "subjectId" as id from "TeachingAssignment" where id = $1`, [journal.id]);
  const fixture = () =>
    sql(
      `delete from "FinalMark" where "studentId" = $1 and "subjectId" = $2 and kind in ('EXAM', 'FINAL') and "yearId" in (select id from "StudyYear" where "isCurrent")`,
      [student.id, subject.id],
    );
  const stored = (kind: string) =>
    sql<{ value: string; date: string | null }>(
      `select value, to_char(date, 'YYYY-MM-DD') as date from "FinalMark" where "studentId" = $1 and "subjectId" = $2 and kind = $3::"FinalMarkKind"`,
      [student.id, subject.id, kind],
    );
  await fixture();
  const [{ today }] = await sql<{ today: string }>(`select to_char(current_date, 'YYYY-MM-DD') as today`);

  await signIn(page, "teacher");
  await openJournal(page, journal.id);
  await page.getByRole("link", { name: "Итоговые", exact: true }).click();
  await expect(page.getByRole("heading", { name: /экзамены и итоговая аттестация/ })).toBeVisible();
  const form = page.getByRole("form", { name: "Оценка за экзамен или итоговую аттестацию" });
  await form.getByLabel("Ученик", { exact: true }).selectOption(student.id);
  await form.getByLabel("Вид", { exact: true }).selectOption("EXAM");
  await form.getByLabel("Дата", { exact: true }).fill(today);

  // Bad input: the Russian message beside the field, nothing written.
  await form.getByLabel("Оценка", { exact: true }).fill("7");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form.getByText("Оценка: 1–5, двойная «4/5» (2–5), «зч» или «нз».")).toBeVisible();
  expect(await stored("EXAM")).toHaveLength(0);

  await form.getByLabel("Оценка", { exact: true }).fill("4");
  const save = await captureAction(page, () => form.getByRole("button", { name: "Сохранить" }).click());
  await expect(page.getByText("Оценка сохранена.")).toBeVisible();
  expect(await stored("EXAM")).toEqual([{ value: "4", date: today }]);

  // The server parses the same schema: a replayed mark off the scale is refused too.
  const bad = await postAction(page.request, save, {
    assignmentId: journal.id,
    studentId: student.id,
    kind: "EXAM",
    date: today,
    value: "6",
  });
  expect(bad).toContain("Оценка: 1–5");
  expect(await stored("EXAM")).toEqual([{ value: "4", date: today }]);
  await page.context().clearCookies();

  // The head teacher reaches every journal's attestation from the journal home.
  await signIn(page, "zavuch");
  await page.goto("/journal");
  await page.getByRole("link", { name: "Экзамены и итоговая аттестация" }).click();
  await page.locator(`a[href="/journal/${journal.id}/attestation"]`).click();
  const zForm = page.getByRole("form", { name: "Оценка за экзамен или итоговую аттестацию" });
  await zForm.getByLabel("Ученик", { exact: true }).selectOption(student.id);
  await zForm.getByLabel("Вид", { exact: true }).selectOption("FINAL");
  await zForm.getByLabel("Оценка", { exact: true }).fill("5");
  await zForm.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Оценка сохранена.")).toBeVisible();
  expect((await stored("FINAL")).map((m) => m.value)).toEqual(["5"]);
  await page.context().clearCookies();

  await signIn(page, "parent");
  expect(await finalCell(page, student.id, "Математика", "Экзамен")).toBe("4");
  expect(await finalCell(page, student.id, "Математика", "Итоговая")).toBe("5");

  for (const a of ATTACKERS) {
    await replayRefused(browser, a.login, save, { assignmentId: journal.id, studentId: student.id, kind: "EXAM", date: today, value: "2" });
    await replayRefused(browser, a.login, save, { assignmentId: journal.id, studentId: student.id, kind: "FINAL", date: today, value: "" });
  }
  expect(await stored("EXAM")).toEqual([{ value: "4", date: today }]);
  expect((await stored("FINAL")).map((m) => m.value)).toEqual(["5"]);
  await fixture();
});

test("PLN-4: the teacher plans a control work three weeks ahead, the parent sees it in «График КР»; a mark in the future lesson is refused; a plan without a lesson is refused; teacher9 and a parent replaying are refused", async ({
  page,
  browser,
}) => {
  const journal = await mathJournal5A();
  const student = await userByLogin("student");
  const topic = `Дроби: контрольная ${Date.now()}`;
  const [{ ahead }] = await sql<{ ahead: string }>(`select to_char(current_date + 21, 'YYYY-MM-DD') as ahead`);
  const plannedRows = () =>
    sql<{ title: string }>(`select title from "PlannedControlWork" where "assignmentId" = $1 and title like $2`, [
      journal.id,
      `%${topic}%`,
    ]);

  await signIn(page, "teacher");
  await openJournal(page, journal.id);
  const form = page.getByRole("form", { name: "Запланировать работу" });
  await page.getByText("Запланировать контрольную или самостоятельную работу").click();

  // Bad input: no lesson chosen — the message beside the field, nothing written.
  await form.getByLabel("Тема работы").fill(topic);
  await form.getByRole("button", { name: "Запланировать" }).click();
  await expect(form.getByText("Выберите урок по расписанию.")).toBeVisible();
  expect(await plannedRows()).toHaveLength(0);

  const values = await form
    .getByLabel("Будущий урок")
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const slot = values.find((v) => v && v.slice(0, 10) >= ahead);
  expect(slot, "the timetable has a lesson three weeks ahead").toBeTruthy();
  const date = slot!.slice(0, 10);
  const number = Number(slot!.split("#")[1]);
  await form.getByLabel("Будущий урок").selectOption(slot!);
  await form.getByLabel("Вид планируемой работы").selectOption("CONTROL");
  const plan = await captureAction(page, () => form.getByRole("button", { name: "Запланировать" }).click());
  await expect(form.getByText(/Запланировано на/)).toBeVisible();
  const [lesson] = await sql<{ id: string; workType: string; topic: string }>(
    `select id, "workType"::text as "workType", topic from "Lesson" where "assignmentId" = $1 and date = $2::date and number = $3`,
    [journal.id, date, number],
  );
  expect(lesson).toMatchObject({ workType: "CONTROL", topic });
  expect(await plannedRows()).toEqual([{ title: `Контрольная работа: ${topic}` }]);

  // The future lesson is in the grid of its period; a mark there is refused and nothing written.
  const [period] = await sql<{ id: string }>(
    `select p.id from "StudyPeriod" p join "StudyYear" y on y.id = p."yearId" where y."isCurrent" and $1::date between p."startDate" and p."endDate"`,
    [date],
  );
  await openJournal(page, journal.id, `?period=${period.id}`);
  const cell = page.getByTestId(`cell-${student.id}-${lesson.id}`);
  const saveCell = await captureAction(page, async () => {
    await cell.click();
    await page.keyboard.type("5");
    await page.keyboard.press("Enter");
  });
  await expect(cell).toHaveAttribute("data-status", "error");
  const written = () =>
    sql(`select 1 from "Mark" where "lessonId" = $1 union all select 1 from "Attendance" where "lessonId" = $1`, [lesson.id]);
  expect(await written()).toHaveLength(0);
  // Replayed by hand (an absence this time): refused by the server, not only by the page.
  const absent = await postAction(page.request, saveCell, { lessonId: lesson.id, studentId: student.id, journal: "MAIN", text: "н" });
  expect(absent).toContain("Урок ещё не прошёл");
  expect(await written()).toHaveLength(0);
  await page.context().clearCookies();

  await signIn(page, "parent");
  await page.goto(`/control-schedule?child=${student.id}&period=${period.id}`);
  await expect(page.getByTestId("control-schedule")).toContainText(`Контрольная работа: ${topic}`);

  // Attackers: plan another of the teacher's future lessons, and mark the planned one.
  const other = values.find((v) => v && v !== slot);
  const students = await classStudents(journal.classId);
  for (const a of ATTACKERS) {
    await replayRefused(browser, a.login, plan, { assignmentId: journal.id, slot: other, workType: "INDEPENDENT", topic });
    await replayRefused(browser, a.login, saveCell, { lessonId: lesson.id, studentId: students[0].id, journal: "MAIN", text: "2" });
  }
  expect(await plannedRows()).toHaveLength(1);
  expect(await sql(`select 1 from "Lesson" where "assignmentId" = $1 and topic = $2`, [journal.id, topic])).toHaveLength(1);
  expect(await written()).toHaveLength(0);
});
