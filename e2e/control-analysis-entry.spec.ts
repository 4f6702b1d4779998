// GRD-5 entry: the teacher defines a control work's tasks (the element each checks) and enters the
// students' points in a keyboard grid; the family reads them in «Анализ КР». OTH-3, the curator's
// side: the family's «Анализ КР» service on until a paid-until date (class statistics) and off
// (the offer). And the attackers: a teacher of another class, a parent, a curator of another school.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { freshStudent, issueCodeDb, NEW_PASSWORD, registerViaUi, uniqueLogin } from "./helpers/accounts";
import { mathJournal5A } from "./helpers/journal";

test.describe.configure({ timeout: 240_000 });

/**
 * A control work of the 5А maths journal, up to today, that no one has analysed yet: each test
 * takes its own (skipping `taken`), so that parallel specs do not meet.
 */
async function freshControlLesson(offset: number) {
  const journal = await mathJournal5A();
  const rows = await sql<{ id: string; date: string }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date from "Lesson" l
      where l."assignmentId" = $1 and l."workType" = 'CONTROL' and l.date <= current_date
        and not exists (select 1 from "ControlWorkElement" e where e."lessonId" = l.id)
      order by l.date, l.number offset $2 limit 1`,
    [journal.id, offset],
  );
  if (!rows[0]) throw new Error("no control work without analysis in the 5А maths journal");
  return { journal, lesson: rows[0] };
}

const elementsOf = (lessonId: string) =>
  sql<{ taskNumber: number; title: string; maxScore: number }>(
    `select "taskNumber", title, "maxScore" from "ControlWorkElement" where "lessonId" = $1 order by "taskNumber"`,
    [lessonId],
  );
const resultsOf = (lessonId: string) =>
  sql<{ studentId: string; taskNumber: number; score: number }>(
    `select r."studentId", e."taskNumber", r.score from "ControlWorkResult" r join "ControlWorkElement" e on e.id = r."elementId"
      where e."lessonId" = $1 order by r."studentId", e."taskNumber"`,
    [lessonId],
  );
const serviceOf = async (studentId: string) =>
  (
    await sql<{ until: string }>(
      `select to_char("activeUntil", 'YYYY-MM-DD') as until from "FamilyService" where "studentId" = $1 and service = 'KR_ANALYSIS'`,
      [studentId],
    )
  )[0]?.until ?? null;

/** The grid's label of a student's cell: «Фамилия И. О., задание N» (lib/names shortName). */
async function cellLabel(studentId: string, task: number) {
  const [u] = await sql<{ lastName: string; firstName: string; middleName: string | null }>(
    `select "lastName", "firstName", "middleName" from "User" where id = $1`,
    [studentId],
  );
  return `${u.lastName} ${u.firstName[0]}.${u.middleName ? ` ${u.middleName[0]}.` : ""}, задание ${task}`;
}

/** A parent of a 5А child no other spec touches, registered through /register. */
async function freshFamily(browser: Browser) {
  const child = await freshStudent("5А");
  const login = uniqueLogin("kr");
  const context = await browser.newContext();
  await registerViaUi(await context.newPage(), await issueCodeDb(child.id, "PARENT"), {
    login,
    password: NEW_PASSWORD,
    email: `${login}@example.ru`,
    lastName: "Орлова",
    firstName: "Анна",
  });
  await context.close();
  return { child, login };
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function addTask(page: Page, title: string, max: string) {
  await page.getByLabel("Проверяемый элемент").fill(title);
  await page.getByLabel("Макс. баллов").fill(max);
  await page.getByRole("button", { name: "Добавить задание" }).click();
}

test("GRD-5: the teacher defines two tasks with their elements, enters points by keyboard; the parent sees them in «Анализ КР»; bad points are refused beside the cell", async ({
  browser,
  page,
}) => {
  const { child, login } = await freshFamily(browser);
  const { journal, lesson } = await freshControlLesson(0);
  const url = `/journal/${journal.id}/control/${lesson.id}`;

  await signIn(page, "teacher");
  await page.goto(url);
  await expect(page.getByRole("heading", { name: /Анализ КР: Математика, 5А/ })).toBeVisible();
  await expect(page.getByText("Сначала добавьте задания")).toBeVisible();

  // Bad task: nothing written, the message beside the field.
  await addTask(page, "Сложение дробей", "0");
  await expect(page.locator("#maxScore-error")).toHaveText("Не меньше 1 балла");
  await addTask(page, "", "2");
  await expect(page.locator("#title-error")).toHaveText("Укажите, что проверяет задание");
  expect(await elementsOf(lesson.id)).toEqual([]);

  await addTask(page, "Сложение дробей", "2");
  await expect(page.getByTestId("control-tasks")).toContainText("Сложение дробей");
  await addTask(page, "Решение задач на движение", "3");
  await expect(page.getByTestId("control-tasks")).toContainText("Решение задач на движение");
  expect(await elementsOf(lesson.id)).toEqual([
    { taskNumber: 1, title: "Сложение дробей", maxScore: 2 },
    { taskNumber: 2, title: "Решение задач на движение", maxScore: 3 },
  ]);

  // Keyboard: type in task 1, the right arrow to task 2, a wrong value first.
  const first = page.getByLabel(await cellLabel(child.id, 1), { exact: true });
  const second = page.getByLabel(await cellLabel(child.id, 2), { exact: true });
  await first.click();
  await page.keyboard.type("2");
  await page.keyboard.press("ArrowRight");
  await expect(second).toBeFocused();
  await page.keyboard.type("5");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Баллы от 0 до 3")).toBeVisible();
  await expect(second).toHaveAttribute("aria-invalid", "true");
  expect(await resultsOf(lesson.id)).toEqual([]);

  // The server checks the task's own maximum, not the one the form sent.
  const save = await captureAction(page, async () => {
    await second.fill("3");
    await page.getByRole("button", { name: "Сохранить" }).click();
  });
  await expect(page.getByText("Результаты сохранены.")).toBeVisible();
  expect(await resultsOf(lesson.id)).toEqual([
    { studentId: child.id, taskNumber: 1, score: 2 },
    { studentId: child.id, taskNumber: 2, score: 3 },
  ]);
  const [e2] = await sql<{ id: string }>(`select id from "ControlWorkElement" where "lessonId" = $1 and "taskNumber" = 2`, [lesson.id]);
  const forged = await postAction(page.request, save, {
    assignmentId: journal.id,
    lessonId: lesson.id,
    cells: [{ studentId: child.id, elementId: e2.id, max: 100, score: "50" }],
  });
  expect(forged).toContain("Баллы от 0 до 3");
  expect((await resultsOf(lesson.id)).find((r) => r.taskNumber === 2)?.score).toBe(3);

  // After a reload the values are there.
  await page.reload();
  await expect(first).toHaveValue("2");
  await expect(second).toHaveValue("3");

  // The parent: the work with both tasks and the child's points.
  const parent = await browser.newPage();
  await signIn(parent, login, NEW_PASSWORD);
  await parent.goto("/control-analysis");
  const work = parent.getByTestId("control-work").filter({ hasText: "Сложение дробей" });
  await expect(work.getByRole("row", { name: /1 Сложение дробей 2 из 2/ })).toBeVisible();
  await expect(work.getByRole("row", { name: /2 Решение задач на движение 3 из 3/ })).toBeVisible();
  await expect(parent.getByText("Статистика класса по работам доступна при подключённой услуге «Анализ КР».")).toBeVisible();
  await parent.close();
});

test("OTH-3, GRD-5: the curator switches «Анализ КР» on for a family until a date (class statistics), then off (the offer); a past date is refused", async ({
  browser,
  page,
}) => {
  const { child, login } = await freshFamily(browser);
  await signIn(page, "curator");
  await page.goto(`/admin/people/${child.id}`);
  const service = page.getByTestId("service-KR_ANALYSIS");
  await expect(service.getByTestId("service-state")).toHaveText("не подключена");

  await service.getByLabel("Оплачено до").fill(isoIn(-3));
  await service.getByRole("button", { name: "Подключить" }).click();
  await expect(page.locator("#activeUntil-error")).toHaveText("Дата «оплачено до» уже прошла.");
  expect(await serviceOf(child.id)).toBeNull();

  const until = isoIn(60);
  const on = await captureAction(page, async () => {
    await service.getByLabel("Оплачено до").fill(until);
    await service.getByRole("button", { name: "Подключить" }).click();
  });
  await expect(service.getByTestId("service-state")).toHaveText(`подключена, оплачена до ${until.split("-").reverse().join(".")}`);
  expect(await serviceOf(child.id)).toBe(until);
  const [audit] = await sql<{ n: number }>(
    `select count(*)::int as n from "AuditLog" where action = 'family-service.on' and after->>'studentId' = $1`,
    [child.id],
  );
  expect(audit.n).toBe(1);

  const parent = await browser.newPage();
  await signIn(parent, login, NEW_PASSWORD);
  await parent.goto("/control-analysis");
  await expect(parent.getByText("доступна при подключённой услуге")).toHaveCount(0);
  // The class's control works analysed in the seed are the child's too: each now has the class column.
  expect(await parent.getByTestId("control-work").count()).toBeGreaterThan(0);
  await expect(parent.getByRole("columnheader", { name: "Класс" }).first()).toBeVisible();

  // Attackers on the curator's action: a parent, a curator of another school. Nothing written.
  for (const who of ["parent", "curator2"]) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await signIn(p, who);
    const answer = await postAction(p.request, on, { studentId: child.id, service: "KR_ANALYSIS", activeUntil: isoIn(400) });
    // The parent does not even reach the action: the proxy answers /admin with the 404 page.
    expect(answer).toMatch(who === "parent" ? /Server Action unavailable|Не найдено\./ : /Не найдено\./);
    if (who === "curator2") expect((await p.goto(`/admin/people/${child.id}`))?.status()).toBe(404);
    await ctx.close();
  }
  expect(await serviceOf(child.id)).toBe(until);

  await service.getByRole("button", { name: "Отключить" }).click();
  await expect(service.getByTestId("service-state")).toHaveText("не подключена");
  expect(await serviceOf(child.id)).toBeNull();
  await parent.goto("/control-analysis");
  await expect(parent.getByText("Статистика класса по работам доступна при подключённой услуге «Анализ КР».")).toBeVisible();
  await expect(parent.getByRole("columnheader", { name: "Класс" })).toHaveCount(0);
  await parent.close();
});

test("GRD-5, ACC-10: a teacher of another class gets 404 on the control-work analysis and «Не найдено.» from its replayed actions; nothing is written", async ({
  browser,
  page,
}) => {
  const { journal, lesson } = await freshControlLesson(1);
  const url = `/journal/${journal.id}/control/${lesson.id}`;
  await signIn(page, "teacher");
  await page.goto(url);
  const add = await captureAction(page, () => addTask(page, "Умножение", "1"));
  await expect(page.getByTestId("control-tasks")).toContainText("Умножение");
  const cell = page.locator("#cell-0-0");
  const save = await captureAction(page, async () => {
    await cell.fill("1");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Сохранить" }).click();
  });
  await expect(page.getByText("Результаты сохранены.")).toBeVisible();
  const elements = await elementsOf(lesson.id);
  const results = await resultsOf(lesson.id);
  const [e] = await sql<{ id: string }>(`select id from "ControlWorkElement" where "lessonId" = $1`, [lesson.id]);

  const ctx = await browser.newContext();
  const attacker = await ctx.newPage();
  await signIn(attacker, "teacher9");
  const res = await attacker.goto(url);
  expect(res?.status()).toBe(404);
  await expect(attacker.getByText("Умножение")).toHaveCount(0);
  expect(
    await postAction(attacker.request, add, { assignmentId: journal.id, lessonId: lesson.id, title: "Чужое", maxScore: "5" }),
  ).toContain("Не найдено.");
  expect(
    await postAction(attacker.request, save, {
      assignmentId: journal.id,
      lessonId: lesson.id,
      cells: [{ studentId: results[0].studentId, elementId: e.id, max: 1, score: "0" }],
    }),
  ).toContain("Не найдено.");
  await ctx.close();
  expect(await elementsOf(lesson.id)).toEqual(elements);
  expect(await resultsOf(lesson.id)).toEqual(results);
});
