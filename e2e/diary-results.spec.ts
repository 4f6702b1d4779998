// GRD-3 «Отметки (ДО)», GRD-4 «Итоговые оценки», GRD-5 «Анализ КР» as the family reads them,
// checked against the journal's own records; and another family's parent who names the child
// in the URL, a teacher who forges another class's period mark.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { otherFamilyChild, sql, userByLogin } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { mathJournal5A } from "./helpers/journal";

test.describe.configure({ timeout: 120_000 });

/** The assignments whose lessons a child attends this year (as lib/data/diary.ts reads them). */
const CHILD_ASSIGNMENTS = `ta."yearId" in (select id from "StudyYear" where "isCurrent" and "schoolId" = ta."schoolId")
  and ((ta."groupId" is null and ta."classId" in (select "classId" from "ClassMembership" where "studentId" = $1))
       or ta."groupId" in (select "groupId" from "GroupMembership" where "studentId" = $1))`;

const dayMonth = (iso: string) =>
  new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

/** Each row of a table as the texts of its cells. */
function cells(page: Page, testId: string) {
  return page
    .getByTestId(testId)
    .evaluate((t) => [...t.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
}

// --- GRD-3 ----------------------------------------------------------------------------------

/** Per afternoon activity of the child: [name, absences, number of marks] in a period. */
async function extraRows(studentId: string, periodId: string) {
  const rows = await sql<{ subject: string; absences: number; marks: number }>(
    `select coalesce(g.name, s.name) as subject,
        (select count(*)::int from "Attendance" at join "Lesson" l on l.id = at."lessonId"
          where l."assignmentId" = ta.id and at."studentId" = $1 and at.kind <> 'LATE' and l.date between p."startDate" and p."endDate") as absences,
        (select count(*)::int from "Mark" m join "Lesson" l on l.id = m."lessonId"
          where l."assignmentId" = ta.id and m."studentId" = $1 and m.journal = 'EXTRA' and l.date between p."startDate" and p."endDate") as marks
       from "TeachingAssignment" ta join "Subject" s on s.id = ta."subjectId" left join "StudyGroup" g on g.id = ta."groupId"
       join "StudyPeriod" p on p.id = $2
      where ta.journal = 'EXTRA' and ${CHILD_ASSIGNMENTS}`,
    [studentId, periodId],
  );
  return rows.map((r) => [r.subject, String(r.absences), String(r.marks)]).sort((a, b) => a[0].localeCompare(b[0]));
}

async function shownExtraRows(page: Page) {
  if ((await page.getByTestId("marks-table").count()) === 0) return [];
  // Предмет | Отметки | Пропуски | Средний балл | Кол-во
  const rows = await page
    .getByTestId("marks-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-subject")!,
        ...[...tr.querySelectorAll("td")].map((td) => (td as HTMLElement).innerText.trim()),
      ]),
    );
  return rows.map((r) => [r[0], r[2], r[4]]).sort((a, b) => a[0].localeCompare(b[0]));
}

async function currentPeriodId(page: Page) {
  const href = await page.getByRole("navigation", { name: "Учебный период" }).locator("[aria-current=page]").getAttribute("href");
  return new URL(href!, "http://x").searchParams.get("period")!;
}

test("GRD-3: «Отметки (ДО)» lists the club's marks and absences of each period as the journal holds them", async ({ page }) => {
  const student = await userByLogin("student");
  await signIn(page, "student");
  await page.goto("/extra-marks");
  await expect(page.getByRole("heading", { name: "Отметки (ДО)" })).toBeVisible();
  const periodId = await currentPeriodId(page);
  const expected = await extraRows(student.id, periodId);
  expect(expected.map((r) => r[0])).toContain("Робототехника");
  expect(await shownExtraRows(page)).toEqual(expected);
  const club = page.getByTestId("marks-table").locator('tr[data-subject="Робототехника"]');
  if (Number(expected.find((r) => r[0] === "Робототехника")![2]) > 0) await expect(club).toContainText(/зч|нз/);

  // Another period: the table follows the switch.
  const switcher = page.getByRole("navigation", { name: "Учебный период" });
  await switcher.getByRole("link").first().click();
  await expect(switcher.getByRole("link").first()).toHaveAttribute("aria-current", "page");
  expect(await shownExtraRows(page)).toEqual(await extraRows(student.id, await currentPeriodId(page)));
});

test("GRD-3, ACC-10: another family's parent naming the child in the URL sees only their own child's afternoon marks", async ({ page }) => {
  const student = await userByLogin("student");
  const own = await otherFamilyChild();
  await signIn(page, "parent2");
  await page.goto(`/extra-marks?child=${student.id}`);
  await expect(page.getByRole("heading", { name: "Отметки (ДО)" })).toBeVisible();
  const periodId = await currentPeriodId(page);
  const ownRows = await extraRows(own.id, periodId);
  expect(ownRows, "the two children's tables differ, so a leak would show").not.toEqual(await extraRows(student.id, periodId));
  expect(await shownExtraRows(page)).toEqual(ownRows);
});

// --- GRD-4 ----------------------------------------------------------------------------------

const KINDS: [string, string][] = [
  ["YEAR", "Годовая"],
  ["EXAM", "Экзамен"],
  ["FINAL", "Итоговая"],
];

/** The «Итоговые оценки» table of a child and a year, header first, as the page lays it out. */
async function finalTable(studentId: string, yearId: string) {
  const marks = await sql<{ subject: string; kind: string; period: string | null; number: number | null; value: string }>(
    `select s.name as subject, f.kind::text as kind, p.name as period, p.number, f.value
       from "FinalMark" f join "Subject" s on s.id = f."subjectId" left join "StudyPeriod" p on p.id = f."periodId"
      where f."studentId" = $1 and f."yearId" = $2`,
    [studentId, yearId],
  );
  const periods = [...new Map(marks.filter((m) => m.kind === "PERIOD").map((m) => [m.number!, m.period!]))]
    .sort((a, b) => a[0] - b[0])
    .map((p) => p[1]);
  const kinds = KINDS.filter(([k]) => marks.some((m) => m.kind === k));
  const subjects = [...new Set(marks.map((m) => m.subject))].sort((a, b) => a.localeCompare(b, "ru"));
  const cell = (subject: string, kind: string, period?: string) =>
    marks.find((m) => m.subject === subject && m.kind === kind && (period === undefined || m.period === period))?.value ?? "";
  return [
    ["Предмет", ...periods, ...kinds.map(([, title]) => title)],
    ...subjects.map((s) => [s, ...periods.map((p) => cell(s, "PERIOD", p)), ...kinds.map(([k]) => cell(s, k))]),
  ];
}

test("GRD-4: «Итоговые оценки» shows this year's period marks and a past year's with the year marks", async ({ page }) => {
  const child = await userByLogin("student9");
  const years = await sql<{ id: string; name: string; isCurrent: boolean }>(
    `select y.id, y.name, y."isCurrent" from "StudyYear" y
      where y."schoolId" = (select "schoolId" from "User" where id = $1)
        and (y."isCurrent" or exists (select 1 from "FinalMark" f where f."yearId" = y.id and f."studentId" = $1))
      order by y."startDate" desc`,
    [child.id],
  );
  const current = years.find((y) => y.isCurrent)!;
  const past = years.find((y) => !y.isCurrent);
  expect(past, "the demo keeps a past year's final marks").toBeTruthy();

  await signIn(page, "student9");
  await page.goto("/final-marks");
  const nav = page.getByRole("navigation", { name: "Учебный год" });
  await expect(nav.getByRole("link", { name: current.name })).toHaveAttribute("aria-current", "page");
  const thisYear = await finalTable(child.id, current.id);
  expect(thisYear.length, "a finished period has marks").toBeGreaterThan(1);
  expect(await cells(page, "final-marks")).toEqual(thisYear);

  await nav.getByRole("link", { name: past!.name }).click();
  await expect(nav.getByRole("link", { name: past!.name })).toHaveAttribute("aria-current", "page");
  const pastYear = await finalTable(child.id, past!.id);
  expect(pastYear[0]).toContain("Годовая");
  expect(await cells(page, "final-marks")).toEqual(pastYear);
});

test("GRD-4, STF-1: a period mark the teacher sets in the journal reaches the family; another teacher's forged one is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // three people sign in on a shared 2-core machine
  const journal = await mathJournal5A();
  const [child] = await sql<{ id: string; lastName: string; firstName: string; middleName: string | null }>(
    `select id, "lastName", "firstName", "middleName" from "User" where login = 'student'`,
  );
  const [period] = await sql<{ id: string; yearId: string; subjectId: string }>(
    `select p.id, p."yearId", a."subjectId" from "TeachingAssignment" a join "StudyPeriod" p on p."yearId" = a."yearId"
      where a.id = $1 and current_date between p."startDate" and p."endDate"`,
    [journal.id],
  );
  expect(period, "today is inside a study period").toBeTruthy();
  const stored = async () =>
    (
      await sql<{ value: string }>(
        `select value from "FinalMark" where "studentId" = $1 and "subjectId" = $2 and "periodId" = $3 and kind = 'PERIOD'`,
        [child.id, period.subjectId, period.id],
      )
    )[0]?.value ?? null;
  const value = (await stored()) === "5" ? "4" : "5";

  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  const short = `${child.lastName} ${child.firstName[0]}.${child.middleName ? ` ${child.middleName[0]}.` : ""}`;
  const input = page.getByLabel(`Оценка за период: ${short}`, { exact: true });
  await input.fill(value);
  const action = await captureAction(page, () => input.press("Enter"));
  await expect(input).toHaveAttribute("data-status", "saved");
  expect(await stored()).toBe(value);

  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, "parent");
  await parent.goto(`/final-marks?child=${child.id}`);
  const table = await cells(parent, "final-marks");
  expect(table).toEqual(await finalTable(child.id, period.yearId));
  const [{ name: periodName }] = await sql<{ name: string }>(`select name from "StudyPeriod" where id = $1`, [period.id]);
  expect(table.find((r) => r[0] === "Математика")![table[0].indexOf(periodName)]).toBe(value);
  await parentContext.close();

  // teacher9 does not own the 5А maths journal: the same action with its ids is refused.
  const [own] = await sql<{ id: string }>(
    `select a.id from "TeachingAssignment" a join "User" t on t.id = a."teacherId" where t.login = 'teacher9' and a.journal = 'MAIN' limit 1`,
  );
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signIn(stranger, "teacher9");
  const ownUrl = new URL(`/journal/${own.id}`, page.url()).toString();
  const answer = await postAction(
    strangerContext.request,
    { id: action.id, url: ownUrl },
    { assignmentId: journal.id, periodId: period.id, studentId: child.id, value: "2" },
  );
  expect(answer).toContain("Не найдено.");
  expect(await stored()).toBe(value);
  await strangerContext.close();
});

// --- GRD-5 ----------------------------------------------------------------------------------

/** The child's control works with an element analysis, as headings «Предмет, 2 декабря — тема». */
async function workHeadings(studentId: string) {
  const rows = await sql<{ subject: string; date: string; topic: string | null }>(
    `select s.name as subject, to_char(l.date, 'YYYY-MM-DD') as date, l.topic
       from "Lesson" l join "TeachingAssignment" ta on ta.id = l."assignmentId" join "Subject" s on s.id = ta."subjectId"
      where ${CHILD_ASSIGNMENTS} and exists (select 1 from "ControlWorkElement" e where e."lessonId" = l.id)`,
    [studentId],
  );
  return rows.map((r) => `${r.subject}, ${dayMonth(r.date)}${r.topic ? ` — ${r.topic}` : ""}`).sort();
}

async function shownWorkHeadings(page: Page) {
  const cards = page.locator("section").filter({ has: page.getByTestId("control-work") });
  return (await cards.getByRole("heading", { level: 2 }).allTextContents()).map((t) => t.trim()).sort();
}

test("GRD-5: each task's element and the child's score as recorded; the parent with the service also sees the class's shares and marks", async ({
  page,
}) => {
  const student = await userByLogin("student");
  const [work] = await sql<{ id: string; date: string; subject: string; topic: string | null }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date, s.name as subject, l.topic
       from "Lesson" l join "TeachingAssignment" ta on ta.id = l."assignmentId" join "Subject" s on s.id = ta."subjectId"
      where ${CHILD_ASSIGNMENTS} and exists (select 1 from "ControlWorkElement" e where e."lessonId" = l.id)
      order by l.date desc, l.number desc limit 1`,
    [student.id],
  );
  expect(work, "the demo child wrote an analysed control work").toBeTruthy();
  const elements = await sql<{ task: number; title: string; max: number; score: number | null; total: number; n: number }>(
    `select e."taskNumber" as task, e.title, e."maxScore" as max,
        (select r.score from "ControlWorkResult" r where r."elementId" = e.id and r."studentId" = $2) as score,
        (select coalesce(sum(r.score), 0)::int from "ControlWorkResult" r where r."elementId" = e.id) as total,
        (select count(*)::int from "ControlWorkResult" r where r."elementId" = e.id) as n
       from "ControlWorkElement" e where e."lessonId" = $1 order by e."taskNumber"`,
    [work.id, student.id],
  );
  const marks = await sql<{ value: string; n: number }>(
    `select value, count(*)::int as n from "Mark" where "lessonId" = $1 and journal = 'MAIN' group by value`,
    [work.id],
  );
  const own = elements.map((e) => [String(e.task), e.title, e.score === null ? "—" : `${e.score} из ${e.max}`]);
  const withClass = elements.map((e, i) => [...own[i], e.n ? `${Math.round((e.total / (e.n * Math.max(1, e.max))) * 100)}%` : "—"]);
  const distribution = `Отметки в классе: ${marks
    .map((m) => [m.value, m.n] as const)
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([v, n]) => `«${v}» — ${n}`)
    .join(", ")}`;
  const heading = `${work.subject}, ${dayMonth(work.date)}${work.topic ? ` — ${work.topic}` : ""}`;
  const card = (p: Page) =>
    p
      .locator("section")
      .filter({ has: p.getByRole("heading", { name: heading, exact: true }) })
      .getByTestId("control-work");
  const bodyRows = (p: Page) =>
    card(p)
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));

  // The student: their own results only — no class column, no distribution, no offer.
  await signIn(page, "student");
  await page.goto("/control-analysis");
  expect(await shownWorkHeadings(page)).toEqual(await workHeadings(student.id));
  expect(await bodyRows(page)).toEqual(own);
  await expect(page.getByRole("columnheader", { name: "Класс" })).toHaveCount(0);
  await expect(page.getByTestId("distribution")).toHaveCount(0);
  await expect(page.getByText("доступна при подключённой услуге")).toHaveCount(0);
  await page.context().clearCookies();

  // The parent with «Анализ КР» for this child: the class's share per task and its marks.
  await signIn(page, "parent");
  await page.goto(`/control-analysis?child=${student.id}`);
  expect(await bodyRows(page)).toEqual(withClass);
  await expect(card(page).getByTestId("distribution")).toHaveText(distribution);
});

test("GRD-5, ACC-10: another family's parent gets the offer and none of the class's statistics, even naming the child in the URL", async ({
  page,
}) => {
  const student = await userByLogin("student");
  const own = await otherFamilyChild();
  const [{ paid }] = await sql<{ paid: boolean }>(
    `select exists (select 1 from "FamilyService" where "studentId" = $1 and service = 'KR_ANALYSIS' and "activeUntil" >= current_date) as paid`,
    [own.id],
  );
  expect(paid, "the other family has not paid for the service").toBe(false);
  const ownWorks = await workHeadings(own.id);
  expect(ownWorks, "the two children's works differ, so a leak would show").not.toEqual(await workHeadings(student.id));

  await signIn(page, "parent2");
  for (const path of ["/control-analysis", `/control-analysis?child=${student.id}`]) {
    await page.goto(path);
    await expect(page.getByText("Статистика класса по работам доступна при подключённой услуге «Анализ КР».")).toBeVisible();
    expect(await shownWorkHeadings(page), path).toEqual(ownWorks);
    await expect(page.getByRole("columnheader", { name: "Класс" })).toHaveCount(0);
    await expect(page.getByTestId("distribution")).toHaveCount(0);
  }
});
