// Issue 10, «from zero»: a school that starts with an empty database (SEED_DEMO=false). The spec
// runs its own server on its own cluster (e2e/helpers/own-server.ts) with no demo seed; the setup
// link is the one `npm start` prints (lib/setup/token.ts, the same calls as scripts/start.ts).
// Everything after that goes through the UI as the curator, the teacher and the parent do it; the
// database is only read, for ids the UI shows in attributes and for the final checks.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers/auth";
import { NEW_PASSWORD, registerViaUi } from "./helpers/accounts";
import { startOwnServer, type OwnServer } from "./helpers/own-server";
import { sampleXlsx } from "../tests/fixtures/import-files";

// Server actions on a loaded 2-core machine can take a while: wait for them, not for a fixed 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 240_000 });

let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer("pg-e2e-zero", { empty: true });
});

test.afterAll(async () => {
  await server?.close();
});

async function q<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function pageOf(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ baseURL: server.baseUrl });
  return ctx.newPage();
}

const CURATOR = { login: "zavedusheva", password: "Setup#2026x" };
const TEACHER = { last: "Орлова", first: "Марина", middle: "Сергеевна", login: "orlova.ms" };
const PARENT = { name: "Смирнов Олег Петрович", login: "smirnov.op", email: "smirnov@example.ru" };
const STUDENT = "Смирнова Алиса Олеговна";

test("ADM-5, ADM-1, ADM-2, ADM-6, ADM-3, ACC-1, STF-1, STU-1: a school from an empty database to a parent reading the teacher's mark and homework", async ({
  browser,
}) => {
  // Nothing of the demo school is there: no school, no user, no class.
  expect(await q(`select 1 from "School" union all select 1 from "User" union all select 1 from "SchoolClass"`)).toHaveLength(0);

  // ADM-5: the link from the start output.
  const printed = (server.startOutput ?? []).join("\n");
  const link = /https?:\/\/\S+\/setup\?token=[A-Za-z0-9_-]+/.exec(printed)?.[0];
  expect(link, printed).toBeTruthy();
  const curator = await pageOf(browser);
  await curator.goto(link!);
  await expect(curator.getByTestId("setup-period")).toHaveCount(4);
  await curator.getByLabel("Полное название").fill("МБОУ «Школа № 5»");
  await curator.getByLabel("Краткое название").fill("Школа № 5");
  await curator.getByLabel("Адрес школы").fill("г. Тверь, ул. Школьная, 5");
  await curator.getByLabel("Часовой пояс").selectOption("Europe/Moscow");
  await curator.getByLabel("Фамилия").fill("Завьялова");
  await curator.getByLabel("Имя", { exact: true }).fill("Нина");
  await curator.getByLabel("Электронная почта").fill("zavyalova@example.ru");
  await curator.getByLabel("Логин").fill(CURATOR.login);
  await curator.getByLabel("Пароль", { exact: true }).fill(CURATOR.password);
  await curator.getByLabel("Повторите пароль").fill(CURATOR.password);
  // The default year (quarters, holidays, 45-minute bells) is accepted as offered.
  await curator.getByRole("button", { name: "Создать школу" }).click();
  await expect(curator.getByTestId("setup-done")).toContainText(CURATOR.login);
  // The link is dead now.
  expect((await curator.request.get(link!)).status()).toBe(404);

  // ADM-1: the year, its periods and bells are on the school page.
  await signIn(curator, CURATOR.login, CURATOR.password);
  await curator.goto("/admin/school");
  const years = curator.getByTestId("years");
  await expect(years).toContainText("2 четверть");
  await expect(curator.getByTestId("bells").getByRole("listitem")).toHaveCount(7);
  const [today] = await q<{ inYear: boolean }>(
    `select exists (select 1 from "StudyPeriod" p join "StudyYear" y on y.id = p."yearId" where y."isCurrent" and current_date between p."startDate" and p."endDate") as "inYear"`,
  );
  expect(today.inYear).toBe(true);

  // ADM-2: a class and a subject.
  await curator.goto("/admin/classes");
  const classForm = curator.locator("section", { has: curator.getByRole("heading", { name: "Новый класс" }) });
  await classForm.getByLabel("Параллель").fill("5");
  await classForm.getByLabel("Литера").fill("А");
  await classForm.getByRole("button", { name: "Создать класс" }).click();
  await expect(classForm.getByTestId("form-message")).toHaveText("Класс создан.");
  const subjectForm = curator.locator("section", { has: curator.getByRole("heading", { name: "Предметы" }) });
  await subjectForm.getByLabel("Название предмета").fill("Математика");
  await subjectForm.getByLabel("Сокращение").fill("Мат");
  await subjectForm.getByRole("button", { name: "Добавить предмет" }).click();
  await expect(subjectForm.getByTestId("form-message")).toHaveText("Предмет добавлен.");
  await expect(curator.getByTestId("subjects")).toContainText("Математика");

  // ADM-6, ACC-1: the teacher from a staff sheet, with her code; she registers with it.
  await curator.goto("/admin/import?kind=staff");
  const sheet = [
    ["ФИО", "Должность", "E-mail"],
    [`${TEACHER.last} ${TEACHER.first} ${TEACHER.middle}`, "учитель", "orlova@example.ru"],
  ];
  await curator
    .getByLabel("Файл со списком сотрудников")
    .setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(sheet.map((r) => r.join(";")).join("\n")) });
  await curator.getByRole("button", { name: "Проверить файл" }).click();
  await expect(curator.getByTestId("import-summary")).toContainText("Новых сотрудников: 1");
  await curator.getByRole("button", { name: "Импортировать" }).click();
  const staffRow = curator.getByTestId("invite-list").getByRole("row").filter({ hasText: TEACHER.last });
  const teacherCode = (await staffRow.getByRole("cell").last().textContent())!.trim();
  const teacher = await pageOf(browser);
  await registerViaUi(teacher, teacherCode, { login: TEACHER.login, password: NEW_PASSWORD });

  // ADM-2: her load, and a timetable with a lesson every weekday, so that this week has one.
  await curator.goto("/admin/classes");
  await curator.getByTestId("classes-table").getByRole("link", { name: "5А", exact: true }).click();
  await curator.getByLabel("Предмет", { exact: true }).selectOption({ label: "Математика" });
  await curator.getByLabel("Учитель").selectOption({ label: `${TEACHER.last} ${TEACHER.first} ${TEACHER.middle}` });
  await curator.getByRole("button", { name: "Назначить" }).click();
  const load = `Математика — ${TEACHER.last} ${TEACHER.first[0]}. ${TEACHER.middle[0]}.`;
  await expect(curator.getByTestId("class-assignments")).toContainText(load);
  await curator.getByRole("link", { name: "расписание", exact: true }).click();
  await expect(curator.getByRole("heading", { name: "Расписание 5А" })).toBeVisible();
  for (const day of ["понедельник", "вторник", "среда", "четверг", "пятница"]) {
    await curator.getByLabel("Предмет и учитель").selectOption({ label: load });
    await curator.getByLabel("День").selectOption({ label: day });
    await curator.getByLabel("Номер урока").fill("2");
    await curator.getByLabel("Кабинет").fill("12");
    await curator.getByRole("button", { name: "Добавить урок" }).click();
    await expect(curator.getByTestId("form-message")).toHaveText("Урок добавлен в расписание.");
  }

  // ADM-3, ACC-1: the class list with a parent; the parent registers with the printed code.
  await curator.goto("/admin/import");
  const people = await sampleXlsx([[STUDENT, "12.03.2015", "5А", PARENT.name, PARENT.email]]);
  await curator
    .getByLabel("Файл со списком учеников")
    .setInputFiles({ name: "5a.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: people });
  await curator.getByRole("button", { name: "Проверить файл" }).click();
  await expect(curator.getByTestId("import-summary")).toContainText("Новых учеников: 1");
  await curator.getByRole("button", { name: "Импортировать" }).click();
  await expect(curator.getByTestId("import-result")).toContainText("Создано учеников: 1, родителей: 1");
  const parentRow = curator.getByTestId("invite-list").getByRole("row").filter({ hasText: PARENT.name }).filter({ hasText: "родитель" });
  const parentCode = (await parentRow.getByRole("cell").last().textContent())!.trim();
  const parent = await pageOf(browser);
  await registerViaUi(parent, parentCode, {
    login: PARENT.login,
    password: NEW_PASSWORD,
    lastName: "Смирнов",
    firstName: "Олег",
    email: PARENT.email,
  });

  // STF-1: the teacher opens today's lesson, enters a mark and the homework.
  const [assignment] = await q<{ id: string }>(`select id from "TeachingAssignment"`);
  const [student] = await q<{ id: string }>(`select id from "User" where "lastName" = 'Смирнова'`);
  await signIn(teacher, TEACHER.login, NEW_PASSWORD);
  await teacher.goto("/journal");
  await teacher.locator(`a[href="/journal/${assignment.id}"]`).first().click();
  // No lesson yet: the journal offers the timetable's dates up to today, the latest chosen.
  await teacher.getByRole("button", { name: "Создать урок" }).click();
  await expect(teacher.getByTestId("journal-grid")).toBeVisible();
  await expect.poll(async () => (await q(`select 1 from "Lesson"`)).length).toBe(1);
  const [lesson] = await q<{ id: string; date: string; number: number }>(
    `select id, to_char(date, 'YYYY-MM-DD') as date, number from "Lesson"`,
  );
  const cell = teacher.getByTestId(`cell-${student.id}-${lesson.id}`);
  await cell.click();
  await teacher.keyboard.type("5");
  // A cell saves when it loses focus; Enter on the only row keeps it, so Tab leaves the cell.
  await teacher.keyboard.press("Tab");
  await expect(cell).toHaveAttribute("data-status", "saved");
  const homework = "№ 214, 215 — дроби";
  const day = `${lesson.date.slice(8, 10)}.${lesson.date.slice(5, 7)}`;
  await teacher.getByRole("button", { name: `Урок ${day}, ${lesson.number}-й: тема и задание` }).click();
  await teacher.getByLabel("Тема урока").fill("Обыкновенные дроби");
  await teacher.getByLabel("Домашнее задание").fill(homework);
  await teacher.getByRole("button", { name: "Сохранить урок" }).click();
  await expect(teacher.getByText("Урок сохранён.")).toBeVisible();

  // STU-1: the parent sees the mark and the homework in the diary.
  await signIn(parent, PARENT.login, NEW_PASSWORD);
  await parent.goto("/marks");
  const maths = parent.getByTestId("marks-table").locator('tr[data-subject="Математика"]');
  await expect(maths).toContainText("5");
  await expect(maths.getByTestId("average")).toHaveText(/^5/);
  const [hw] = await q<{ due: string }>(`select to_char("dueDate", 'YYYY-MM-DD') as due from "Homework"`);
  await parent.goto(`/week?week=${hw.due}`);
  await expect(parent.getByTestId("homework").filter({ hasText: homework })).toBeVisible();

  // The only school in the database is the one made here.
  expect(await q(`select 1 from "School"`)).toHaveLength(1);
  for (const p of [curator, teacher, parent]) await p.context().close();
});
