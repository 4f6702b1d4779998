// STU-4 «Пропущенные темы», GRD-2 «Отметки (ДЗ)» and PLN-4 «График КР» checked against the
// journal's records (e2e/diary-sections.spec.ts only opens them), and another family's parent
// who names the child in the URL.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { otherFamilyChild, sql, userByLogin } from "./helpers/db";

const CHILD_ASSIGNMENTS = `ta."yearId" in (select id from "StudyYear" where "isCurrent" and "schoolId" = ta."schoolId")
  and ((ta."groupId" is null and ta."classId" in (select "classId" from "ClassMembership" where "studentId" = $1))
       or ta."groupId" in (select "groupId" from "GroupMembership" where "studentId" = $1))`;

const dayMonth = (iso: string) =>
  new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const shortDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

async function currentPeriodId(page: Page) {
  const href = await page.getByRole("navigation", { name: "Учебный период" }).locator("[aria-current=page]").getAttribute("href");
  return new URL(href!, "http://x").searchParams.get("period")!;
}

test("STU-4: the missed topics of a period are the topics of the lessons the child was absent from", async ({ page }) => {
  const student = await userByLogin("student");
  // The period with the most absences (fixture facts; the page is what is checked).
  const [period] = await sql<{ id: string }>(
    `select p.id from "StudyPeriod" p join "Lesson" l on l.date between p."startDate" and p."endDate"
       join "Attendance" at on at."lessonId" = l.id and at."studentId" = $1 and at.kind <> 'LATE'
      where p."yearId" in (select id from "StudyYear" where "isCurrent") group by p.id order by count(*) desc limit 1`,
    [student.id],
  );
  expect(period, "the demo child missed lessons this year").toBeTruthy();
  const missed = await sql<{ date: string; number: number; subject: string; topic: string | null }>(
    `select to_char(l.date, 'YYYY-MM-DD') as date, l.number, s.name as subject, l.topic
       from "Attendance" at join "Lesson" l on l.id = at."lessonId" join "TeachingAssignment" ta on ta.id = l."assignmentId"
       join "Subject" s on s.id = ta."subjectId" join "StudyPeriod" p on p.id = $2
      where at."studentId" = $1 and at.kind <> 'LATE' and l.date between p."startDate" and p."endDate"`,
    [student.id, period.id],
  );

  await signIn(page, "parent");
  await page.goto(`/missed-topics?child=${student.id}`);
  await page.goto(`/missed-topics?period=${period.id}`);
  await expect(page.getByRole("heading", { name: "Пропущенные темы" })).toBeVisible();
  const items = page.getByTestId("missed-topics").locator("li");
  await expect(items).toHaveCount(missed.length);
  for (const m of missed) {
    const item = items.filter({ hasText: new RegExp(`^${escape(`${dayMonth(m.date)}, ${m.number} урок · ${m.subject}`)}`) });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(m.topic ?? "Тема не записана");
  }
});

/** Per subject of the child's homework journals: [subject, number of marks] in a period. */
async function homeworkRows(studentId: string, periodId: string) {
  const rows = await sql<{ subject: string; marks: number }>(
    `select s.name as subject,
        (select count(*)::int from "Mark" m join "Lesson" l on l.id = m."lessonId"
          where l."assignmentId" = ta.id and m."studentId" = $1 and m.journal = 'HOMEWORK' and l.date between p."startDate" and p."endDate") as marks
       from "TeachingAssignment" ta join "Subject" s on s.id = ta."subjectId" join "StudyPeriod" p on p.id = $2
      where ta.journal = 'MAIN' and ta."keepsHomeworkJournal" and ${CHILD_ASSIGNMENTS}`,
    [studentId, periodId],
  );
  return rows.map((r) => [r.subject, String(r.marks)]).sort((a, b) => a[0].localeCompare(b[0]));
}

async function shownRows(page: Page) {
  if ((await page.getByTestId("marks-table").count()) === 0) return [];
  // Предмет | Отметки | Средний балл | Кол-во
  const rows = await page
    .getByTestId("marks-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-subject")!,
        ...[...tr.querySelectorAll("td")].map((td) => (td as HTMLElement).innerText.trim()),
      ]),
    );
  return rows.map((r) => [r[0], r[r.length - 1]]).sort((a, b) => a[0].localeCompare(b[0]));
}

test("GRD-2: «Отметки (ДЗ)» counts the homework journal's marks per subject, apart from the main journal", async ({ page }) => {
  const student = await userByLogin("student");
  await signIn(page, "student");
  await page.goto("/homework-marks");
  await expect(page.getByRole("heading", { name: "Отметки (ДЗ)" })).toBeVisible();
  const expected = await homeworkRows(student.id, await currentPeriodId(page));
  expect(expected.length, "the demo child's class has a homework journal").toBeGreaterThan(0);
  expect(await shownRows(page)).toEqual(expected);
  const switcher = page.getByRole("navigation", { name: "Учебный период" });
  await switcher.getByRole("link").first().click();
  await expect(switcher.getByRole("link").first()).toHaveAttribute("aria-current", "page");
  expect(await shownRows(page)).toEqual(await homeworkRows(student.id, await currentPeriodId(page)));
});

/** The child's planned control works in a period, as the calendar writes them: «Предмет: 12.12 Название». */
async function plannedWorks(studentId: string, periodId: string) {
  const rows = await sql<{ subject: string; date: string; title: string }>(
    `select s.name as subject, to_char(w.date, 'YYYY-MM-DD') as date, w.title
       from "PlannedControlWork" w join "TeachingAssignment" ta on ta.id = w."assignmentId" join "Subject" s on s.id = ta."subjectId"
       join "StudyPeriod" p on p.id = $2
      where w.date between p."startDate" and p."endDate" and ${CHILD_ASSIGNMENTS}`,
    [studentId, periodId],
  );
  return rows.map((r) => `${r.subject}: ${shortDate(r.date)} ${r.title}`).sort();
}

async function shownWorks(page: Page) {
  if ((await page.getByTestId("control-schedule").count()) === 0) return [];
  return (
    await page
      .getByTestId("control-schedule")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.flatMap((tr) =>
          [...tr.querySelectorAll("td span")].map((s) => `${tr.querySelector("th")!.textContent!.trim()}: ${s.textContent!.trim()}`),
        ),
      )
  ).sort();
}

test("PLN-4: «График КР» places the period's planned control works of the child's subjects; another family's parent sees only their own child's", async ({
  page,
}) => {
  const student = await userByLogin("student");
  const other = await otherFamilyChild();
  await signIn(page, "parent");
  await page.goto(`/control-schedule?child=${student.id}`);
  await expect(page.getByRole("heading", { name: "График контрольных работ" })).toBeVisible();
  const periodId = await currentPeriodId(page);
  const expected = await plannedWorks(student.id, periodId);
  expect(expected.length, "control works are planned ahead in this period").toBeGreaterThan(0);
  expect(await shownWorks(page)).toEqual(expected);
  await page.context().clearCookies();

  const own = await plannedWorks(other.id, periodId);
  expect(own, "the two children's calendars differ, so a leak would show").not.toEqual(expected);
  await signIn(page, "parent2");
  await page.goto(`/control-schedule?child=${student.id}`);
  await expect(page.getByRole("heading", { name: "График контрольных работ" })).toBeVisible();
  expect(await shownWorks(page)).toEqual(own);
});
