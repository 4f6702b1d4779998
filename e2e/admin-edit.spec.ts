// ADM-1/ADM-2: the curator edits and removes what she set up. Renames show in the teacher's
// journal; bad input is refused beside the field and changes nothing; a removal that would orphan
// data is refused with what depends on it named; an unused record goes; a curator of another
// school and a teacher replaying each action are refused and nothing changes.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { mathJournal5A } from "./helpers/journal";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const rand = () => Math.random().toString(36).slice(2, 8);
type Captured = { id: string; url: string };

/** Replays each action as curator2 (another school) and as a teacher; each answer must be a refusal. */
async function replayAsAttackers(browser: Browser, replays: [Captured, unknown][]) {
  for (const login of ["curator2", "teacher"]) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), login);
    for (const [action, arg] of replays) {
      const answer = await postAction(context.request, action, arg);
      // curator2 reaches the action and is refused by it; the teacher is turned away by the proxy
      // before it (the admin pages are not hers), and the action's own role check is proven in
      // tests/integration/admin-edit.test.ts.
      expect(answer, `${login} replaying ${JSON.stringify(arg)}`).toMatch(
        login === "teacher" ? /Не найдено\.|Server Action unavailable\./ : /Не найдено\./,
      );
      expect(answer).not.toContain('"ok":true');
    }
    await context.close();
  }
}

const confirmDialogs = (page: Page) => page.on("dialog", (d) => void d.accept());

test("ADM-2, ADM-4: a class and a subject renamed show in the journal; used ones are refused by name, unused ones removed; attackers refused", async ({
  page,
  browser,
}) => {
  confirmDialogs(page);
  const taken = await sql<{ letter: string }>(
    `select c.letter from "SchoolClass" c join "StudyYear" y on y.id = c."yearId" join "School" s on s.id = c."schoolId" where s."shortName" = 'СОШ № 17' and y."isCurrent" and c.grade = 11`,
  );
  const [letter, renamed] = [..."ЖЗИКЛМНОПРС"] // not Ю or Я: e2e/admin-import.spec.ts imports into 11Ю and 11Я
    .filter((l) => !taken.some((t) => t.letter === l));
  const subject = `Астрономия ${rand()}`;
  const subject2 = `${subject} (углублённая)`;

  await signIn(page, "curator");
  await page.goto("/admin/classes");
  const subjectForm = page
    .locator("section", { has: page.getByRole("heading", { name: "Предметы" }) })
    .locator("form")
    .last();
  await subjectForm.getByLabel("Название предмета").fill(subject);
  await subjectForm.getByRole("button", { name: "Добавить предмет" }).click();
  await expect(subjectForm.getByTestId("form-message")).toHaveText("Предмет добавлен.");
  const classForm = page.locator("section", { has: page.getByRole("heading", { name: "Новый класс" }) });
  await classForm.getByLabel("Параллель").fill("11");
  await classForm.getByLabel("Литера").fill(letter);
  await classForm.getByRole("button", { name: "Создать класс" }).click();
  await expect(classForm.getByTestId("form-message")).toHaveText("Класс создан.");

  // Rename the subject in place; an empty name is refused beside the field and nothing changes.
  const subjectRow = page.getByTestId("subjects").getByRole("listitem").filter({ hasText: subject });
  await subjectRow.getByRole("button", { name: `Изменить: предмет «${subject}»` }).click();
  await subjectRow.getByLabel("Название предмета").fill("");
  await subjectRow.getByRole("button", { name: "Сохранить" }).click();
  await expect(subjectRow.getByLabel("Название предмета")).toHaveAccessibleDescription("Укажите название предмета.");
  expect(await sql(`select 1 from "Subject" where name = $1`, [subject])).toHaveLength(1);
  await subjectRow.getByLabel("Название предмета").fill(subject2);
  const updateSubject = await captureAction(page, () => subjectRow.getByRole("button", { name: "Сохранить" }).click());
  await expect(page.getByTestId("subjects")).toContainText(subject2);
  const [subj] = await sql<{ id: string }>(`select id from "Subject" where name = $1`, [subject2]);
  expect(subj).toBeDefined();

  // The class: a load for Ковалёва, handed over to Белов (teacher9), the class renamed.
  await page
    .getByTestId("classes-table")
    .getByRole("link", { name: `11${letter}`, exact: true })
    .click();
  await page.getByLabel("Предмет", { exact: true }).selectOption({ label: subject2 });
  await page.getByLabel("Учитель").selectOption({ label: "Ковалёва Ирина Петровна" });
  await page.getByRole("button", { name: "Назначить" }).click();
  const load = page.getByTestId("class-assignments").getByRole("listitem").filter({ hasText: subject2 });
  await expect(load).toContainText("Ковалёва И. П.");
  await load.getByRole("button", { name: /^Изменить: нагрузка/ }).click();
  await load.getByLabel("Учитель").selectOption({ label: "Белов Николай Владимирович" });
  const updateAssignment = await captureAction(page, () => load.getByRole("button", { name: "Сохранить" }).click());
  await expect(load).toContainText("Белов Н. В.");
  const [assignment] = await sql<{ id: string; classId: string; teacherId: string }>(
    `select id, "classId", "teacherId" from "TeachingAssignment" where "subjectId" = $1`,
    [subj.id],
  );

  const header = page.getByTestId("class-header");
  await header.getByRole("button", { name: `Изменить: класс 11${letter}` }).click();
  await header.getByLabel("Литера").fill(renamed);
  const updateClass = await captureAction(page, () => header.getByRole("button", { name: "Сохранить" }).click());
  await expect(page.getByRole("heading", { name: new RegExp(`Класс 11${renamed}`) })).toBeVisible();

  const teacher9 = await browser.newContext();
  const t9 = await teacher9.newPage();
  await signIn(t9, "teacher9");
  await t9.goto("/journal");
  await expect(t9.getByTestId("my-assignments")).toContainText(`${subject2} 11${renamed}`);
  await teacher9.close();

  // Removals that would orphan the load are refused by name; nothing goes.
  const removeClass = await captureAction(page, () => header.getByRole("button", { name: `Удалить: класс 11${renamed}` }).click());
  await expect(header.getByRole("alert")).toHaveText(`Нельзя удалить: в классе 11${renamed} 1 назначение нагрузки.`);
  await page.goto("/admin/classes");
  const subjectRow2 = page.getByTestId("subjects").getByRole("listitem").filter({ hasText: subject2 });
  const removeSubject = await captureAction(page, () =>
    subjectRow2.getByRole("button", { name: `Удалить: предмет «${subject2}»` }).click(),
  );
  await expect(subjectRow2.getByRole("alert")).toHaveText(`Нельзя удалить: по предмету «${subject2}» 1 назначение нагрузки.`);
  expect(await sql(`select 1 from "SchoolClass" where id = $1`, [assignment.classId])).toHaveLength(1);
  expect(await sql(`select 1 from "Subject" where id = $1`, [subj.id])).toHaveLength(1);

  // The unused load goes; then the subject and the class are unused.
  await page.goto(`/admin/classes/${assignment.classId}`);
  const removeAssignment = await captureAction(page, () =>
    page
      .getByTestId("class-assignments")
      .getByRole("button", { name: /^Удалить: нагрузка/ })
      .click(),
  );
  await expect(page.getByText("Нагрузка не назначена.")).toBeVisible();
  expect(await sql(`select 1 from "TeachingAssignment" where id = $1`, [assignment.id])).toHaveLength(0);

  // Attackers replay every action on school 17's records: refused, nothing written.
  const math = await mathJournal5A();
  const audits = async () =>
    (
      await sql<{ n: string }>(
        `select count(*) as n from "AuditLog" a join "User" u on u.id = a."actorId" where u.login in ('curator2', 'teacher')`,
      )
    )[0].n;
  const auditsBefore = await audits();
  await replayAsAttackers(browser, [
    [updateSubject, { id: subj.id, name: "Взлом", shortName: "" }],
    [updateClass, { id: assignment.classId, grade: 1, letter: "Ы", classTeacherId: "" }],
    [updateAssignment, { id: math.id, subjectId: subj.id, teacherId: assignment.teacherId }],
    [removeAssignment, { id: math.id }],
    [removeSubject, { id: subj.id }],
    [removeClass, { id: assignment.classId }],
  ]);
  expect(await sql(`select 1 from "Subject" where id = $1 and name = $2`, [subj.id, subject2])).toHaveLength(1);
  expect(await sql(`select 1 from "SchoolClass" where id = $1 and grade = 11 and letter = $2`, [assignment.classId, renamed])).toHaveLength(
    1,
  );
  expect(
    await sql(`select 1 from "TeachingAssignment" a join "Subject" s on s.id = a."subjectId" where a.id = $1 and s.name = 'Математика'`, [
      math.id,
    ]),
  ).toHaveLength(1);
  expect(await audits()).toBe(auditsBefore);

  // The curator removes the unused subject and class.
  await page.goto("/admin/classes");
  await page
    .getByTestId("subjects")
    .getByRole("button", { name: `Удалить: предмет «${subject2}»` })
    .click();
  await expect(page.getByTestId("subjects")).not.toContainText(subject2);
  await page.goto(`/admin/classes/${assignment.classId}`);
  await page
    .getByTestId("class-header")
    .getByRole("button", { name: `Удалить: класс 11${renamed}` })
    .click();
  await expect(page).toHaveURL(/\/admin\/classes$/);
  expect(await sql(`select 1 from "Subject" where id = $1`, [subj.id])).toHaveLength(0);
  expect(await sql(`select 1 from "SchoolClass" where id = $1`, [assignment.classId])).toHaveLength(0);

  await page.goto("/admin/audit?kind=class");
  await expect(page.getByTestId("audit-table")).toContainText("Удалён класс");
});

test("ADM-1, ADM-4: a period's dates edited; overlap and an empty name refused beside the field; a period with marks and a bell in the timetable refused by name; attackers refused", async ({
  page,
  browser,
}) => {
  confirmDialogs(page);
  const [school] = await sql<{ id: string }>(`select id from "School" where "shortName" = 'СОШ № 17'`);
  const start = 2100 + Math.floor(Math.random() * 800);
  const name = `${start}/${start + 1}`;
  const y = `e2e-y-${rand()}`;
  await sql(`insert into "StudyYear" (id, "schoolId", name, "startDate", "endDate", "isCurrent") values ($1, $2, $3, $4, $5, false)`, [
    y,
    school.id,
    name,
    `${start}-09-01`,
    `${start + 1}-05-31`,
  ]);
  const period = (n: number, from: string, to: string) =>
    sql(
      `insert into "StudyPeriod" (id, "schoolId", "yearId", kind, number, name, "startDate", "endDate") values ($1, $2, $3, 'HALF', $4, $5, $6, $7)`,
      [`${y}-p${n}`, school.id, y, n, `${n} полугодие`, from, to],
    );
  await period(1, `${start}-09-01`, `${start}-12-28`);
  await period(2, `${start + 1}-01-10`, `${start + 1}-05-31`);
  await sql(
    `insert into "Holiday" (id, "schoolId", "yearId", name, "startDate", "endDate") values ($1, $2, $3, 'Зимние каникулы', $4, $5)`,
    [`${y}-h`, school.id, y, `${start}-12-29`, `${start + 1}-01-09`],
  );
  const dates = async (id: string) =>
    (
      await sql<{ s: string; e: string }>(
        `select to_char("startDate", 'YYYY-MM-DD') s, to_char("endDate", 'YYYY-MM-DD') e from "StudyPeriod" where id = $1`,
        [id],
      )
    )[0];

  await signIn(page, "curator");
  await page.goto("/admin/school");
  const year = page.getByTestId(`year-${name}`);
  const first = year.getByRole("listitem").filter({ hasText: "1 полугодие" });
  await first.getByRole("button", { name: `Изменить: период «1 полугодие» ${name}` }).click();
  await first.getByLabel("Окончание").fill(`${start + 1}-01-20`);
  await first.getByRole("button", { name: "Сохранить" }).click();
  await expect(first.getByLabel("Начало")).toHaveAccessibleDescription(/Период пересекается с периодом «2 полугодие»/);
  expect(await dates(`${y}-p1`)).toEqual({ s: `${start}-09-01`, e: `${start}-12-28` });
  await first.getByLabel("Начало").fill(`${start}-09-02`);
  await first.getByLabel("Окончание").fill(`${start}-12-27`);
  const updatePeriod = await captureAction(page, () => first.getByRole("button", { name: "Сохранить" }).click());
  await expect(first).toContainText("2 сентября");
  expect(await dates(`${y}-p1`)).toEqual({ s: `${start}-09-02`, e: `${start}-12-27` });

  const holiday = year.getByRole("listitem").filter({ hasText: "Зимние каникулы" });
  await holiday.getByRole("button", { name: /^Изменить: каникулы/ }).click();
  await holiday.getByLabel("Название").fill("");
  await holiday.getByRole("button", { name: "Сохранить" }).click();
  await expect(holiday.getByLabel("Название")).toHaveAccessibleDescription(/Укажите название/);
  await holiday.getByLabel("Название").fill("Новогодние каникулы");
  const updateHoliday = await captureAction(page, () => holiday.getByRole("button", { name: "Сохранить" }).click());
  await expect(year).toContainText("Новогодние каникулы");

  const yearRow = year.locator("> div").first();
  await yearRow.getByRole("button", { name: `Изменить: учебный год ${name}` }).click();
  await yearRow.getByLabel("Окончание").fill(`${start + 1}-04-30`);
  const updateYear = await captureAction(page, () => yearRow.getByRole("button", { name: "Сохранить" }).click());
  await expect(yearRow.getByLabel("Начало")).toHaveAccessibleDescription(/«2 полугодие».*вне учебного года/);

  // A period of the current year with marks is refused, naming their number.
  const [withMarks] = await sql<{ id: string; name: string; year: string; marks: string }>(
    `select p.id, p.name, y.name as year, (select count(*) from "Mark" m join "Lesson" l on l.id = m."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
        where m."schoolId" = p."schoolId" and a."yearId" = p."yearId" and l.date between p."startDate" and p."endDate") as marks
       from "StudyPeriod" p join "StudyYear" y on y.id = p."yearId" where p."schoolId" = $1 and y."isCurrent" order by marks desc limit 1`,
    [school.id],
  );
  expect(Number(withMarks.marks)).toBeGreaterThan(0);
  const removePeriod = await captureAction(page, () =>
    page.getByRole("button", { name: `Удалить: период «${withMarks.name}» ${withMarks.year}` }).click(),
  );
  await expect(page.getByTestId(`year-${withMarks.year}`).getByRole("alert")).toHaveText(
    new RegExp(`^Нельзя удалить: в периоде «${withMarks.name}» ${Number(withMarks.marks).toLocaleString("ru-RU")} отмет`),
  );
  expect(await sql(`select 1 from "StudyPeriod" where id = $1`, [withMarks.id])).toHaveLength(1);

  const bells = page.getByTestId("bells");
  const removeBell = await captureAction(page, () => bells.getByRole("button", { name: "Удалить: 1-й урок" }).click());
  await expect(bells.getByRole("alert")).toContainText("Нельзя удалить: 1-й урок стоит в расписании");
  expect(await sql(`select 1 from "Bell" where "schoolId" = $1 and number = 1`, [school.id])).toHaveLength(1);

  const renamedHoliday = year.getByRole("listitem").filter({ hasText: "Новогодние каникулы" });
  const removeHoliday = await captureAction(page, () => renamedHoliday.getByRole("button", { name: /^Удалить: каникулы/ }).click());
  await expect(year).not.toContainText("Новогодние каникулы");

  // The unused period, then the year, are removed.
  await year.getByRole("button", { name: `Удалить: период «2 полугодие» ${name}` }).click();
  // (the year's refused edit above still names «2 полугодие», so look for the period's own row)
  await expect(year.getByRole("button", { name: `Удалить: период «2 полугодие» ${name}` })).toHaveCount(0);
  const removeYear = await captureAction(page, () => year.getByRole("button", { name: `Удалить: учебный год ${name}` }).click());
  await expect(page.getByTestId(`year-${name}`)).toHaveCount(0);
  expect(await sql(`select 1 from "StudyYear" where id = $1`, [y])).toHaveLength(0);

  // Attackers replay every action on school 17's current year, its period and a holiday (which
  // its own curator could remove): refused, nothing written.
  const [current] = await sql<{ id: string; name: string; s: string; e: string }>(
    `select id, name, to_char("startDate", 'YYYY-MM-DD') s, to_char("endDate", 'YYYY-MM-DD') e from "StudyYear" where "schoolId" = $1 and "isCurrent"`,
    [school.id],
  );
  const [victimHoliday] = await sql<{ id: string; name: string }>(`select id, name from "Holiday" where "yearId" = $1 limit 1`, [
    current.id,
  ]);
  const periodBefore = await dates(withMarks.id);
  const audits = async () =>
    (
      await sql<{ n: string }>(
        `select count(*) as n from "AuditLog" a join "User" u on u.id = a."actorId" where u.login in ('curator2', 'teacher')`,
      )
    )[0].n;
  const auditsBefore = await audits();
  await replayAsAttackers(browser, [
    [updatePeriod, { id: withMarks.id, startDate: current.s, endDate: current.s }],
    [removePeriod, { id: withMarks.id }],
    [updateHoliday, { id: victimHoliday.id, name: "Взлом", startDate: current.s, endDate: current.s }],
    [removeHoliday, { id: victimHoliday.id }],
    [updateYear, { id: current.id, name: current.name, startDate: current.s, endDate: current.s }],
    [removeYear, { id: current.id }],
    // Bells are always the viewer's own school's: a number the other school lacks, and the teacher is refused.
    [removeBell, { number: 12 }],
  ]);
  expect(await dates(withMarks.id)).toEqual(periodBefore);
  expect(await sql(`select 1 from "Holiday" where id = $1 and name = $2`, [victimHoliday.id, victimHoliday.name])).toHaveLength(1);
  expect(
    await sql(`select 1 from "StudyYear" where id = $1 and to_char("endDate", 'YYYY-MM-DD') = $2`, [current.id, current.e]),
  ).toHaveLength(1);
  expect(await audits()).toBe(auditsBefore);
});
