// GRD-3: the curator's afternoon groups — create a club with a teacher, enrol students from a
// class, the teacher keeps its journal, the family sees it in «Отметки (ДО)»; removal refused
// while the journal holds data. GRD-6: the head teacher records a rating milestone, the family's
// «Рейтинг» compares it with the previous one. Attackers: another school's curator on every new
// admin action, a teacher and a parent on the milestone — refused, nothing written.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql, userByLogin } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";

// Server actions on a loaded 2-core machine can take a while: wait for them, not for a fixed 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

type Person = { id: string; lastName: string; firstName: string; middleName: string | null; login: string | null };
const short = (p: Person) => `${p.lastName} ${p.firstName[0]}.${p.middleName ? ` ${p.middleName[0]}.` : ""}`;

async function person(login: string): Promise<Person> {
  const [p] = await sql<Person>(`select id, "lastName", "firstName", "middleName", login from "User" where login = $1`, [login]);
  return p;
}

async function students5A(): Promise<Person[]> {
  return sql<Person>(
    `select u.id, u."lastName", u."firstName", u."middleName", u.login from "ClassMembership" m
       join "SchoolClass" c on c.id = m."classId" join "StudyYear" y on y.id = c."yearId" join "School" s on s.id = c."schoolId"
       join "User" u on u.id = m."studentId"
      where s."shortName" = 'СОШ № 17' and y."isCurrent" and c.grade = 5 and c.letter = 'А' order by u."lastName", u."firstName"`,
  );
}

async function groupByName(name: string) {
  return sql<{ id: string; name: string; assignmentId: string; teacherId: string; members: number }>(
    `select g.id, g.name, a.id as "assignmentId", a."teacherId",
            (select count(*)::int from "GroupMembership" gm where gm."groupId" = g.id) as members
       from "StudyGroup" g join "TeachingAssignment" a on a."groupId" = g.id where g.name = $1`,
    [name],
  );
}

async function newPage(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  return page;
}

/** The «Новая группа» form on /admin/groups, filled and sent. */
async function createGroup(page: Page, name: string, teacher: string) {
  const form = page.locator("form").filter({ has: page.locator("#group-new-name") });
  await form.getByLabel("Название").fill(name);
  await form.getByLabel("Вид занятий").selectOption({ label: "кружок, дополнительное образование" });
  await form.getByLabel("Учитель").selectOption({ label: teacher });
  for (const day of ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота"]) await form.getByLabel(day).check();
  await form.getByRole("button", { name: "Создать группу" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Группа создана.");
}

async function enrol(page: Page, groupId: string, students: Person[]) {
  const section = page.getByTestId(`group-${groupId}`);
  await section.getByLabel("Записать из класса").selectOption({ label: "5А" });
  for (const s of students) await section.getByLabel(short(s), { exact: true }).check();
  await section.getByRole("button", { name: "Записать отмеченных" }).click();
  await expect(section.getByText(`Записано учеников: ${students.length}.`)).toBeVisible();
}

test("GRD-3: the curator creates a club with a teacher and enrols two 5А students; the teacher marks one; the parent sees it in «Отметки (ДО)»; removal is refused while the journal holds marks", async ({
  page,
  browser,
}) => {
  const name = `Шахматы ${Date.now()}`;
  const teacher = await person("teacher");
  const all = await students5A();
  const child = all.find((s) => s.login === "student")!;
  const other = all.find((s) => s.login !== "student")!;

  await signIn(page, "curator");
  await page.goto("/admin/groups");
  await createGroup(page, name, short(teacher));
  const [group] = await groupByName(name);
  expect(group.teacherId).toBe(teacher.id);
  await expect(page.getByTestId(`group-${group.id}`)).toContainText(`Учитель: ${short(teacher)}`);
  await enrol(page, group.id, [child, other]);
  await expect(page.getByTestId(`group-${group.id}`).getByTestId("group-members")).toContainText(short(child));
  expect((await groupByName(name))[0].members).toBe(2);

  // The teacher opens the club's journal from the journal home, creates today's (latest) lesson, marks the child.
  const t = await newPage(browser, "teacher");
  await t.locator(`a[href="/journal/${group.assignmentId}"]`).click();
  await t.getByRole("button", { name: "Создать урок" }).click();
  await expect(t.getByTestId("journal-grid")).toBeVisible();
  await expect.poll(async () => (await sql(`select 1 from "Lesson" where "assignmentId" = $1`, [group.assignmentId])).length).toBe(1);
  const [lesson] = await sql<{ id: string }>(`select id from "Lesson" where "assignmentId" = $1`, [group.assignmentId]);
  const cell = t.getByTestId(`cell-${child.id}-${lesson.id}`);
  await cell.click();
  await expect(cell).toBeFocused();
  await t.keyboard.type("5");
  await expect(cell).toHaveValue("5");
  // Tab, not Enter: in a two-row journal the child may be the last row, where Enter has no cell to move to.
  await t.keyboard.press("Tab");
  const saved = async () =>
    (
      await sql<{ value: string }>(`select value from "Mark" where "lessonId" = $1 and "studentId" = $2 and journal = 'EXTRA'`, [
        lesson.id,
        child.id,
      ])
    )[0]?.value;
  await expect
    .poll(saved)
    .toBe("5")
    .catch(async (e: unknown) => {
      throw new Error(`the cell was not saved; the grid says «${await t.getByTestId("grid-message").textContent()}»: ${String(e)}`);
    });

  // The parent sees the club and its mark in «Отметки (ДО)».
  const p = await newPage(browser, "parent");
  await p.goto(`/extra-marks?child=${child.id}`);
  const row = p.getByTestId("marks-table").locator(`tr[data-subject="${name}"]`);
  await expect(row).toContainText("5");
  await expect(row).toContainText(short(teacher).split(" ")[0]);

  // Removing the club now is refused with a message naming what depends on it; nothing goes.
  page.on("dialog", (d) => void d.accept());
  await page.reload();
  const section = page.getByTestId(`group-${group.id}`);
  await section.getByRole("button", { name: "Удалить группу" }).click();
  await expect(section.getByTestId("form-message")).toContainText("нельзя удалить");
  await expect(section.getByTestId("form-message")).toContainText("1 отметка");
  expect(await groupByName(name)).toHaveLength(1);
});

test("GRD-3: bad input is refused in Russian beside the field and nothing is written", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/admin/groups");
  const form = page.locator("form").filter({ has: page.locator("#group-new-name") });
  await form.getByLabel("Название").fill("Ш");
  await form.getByLabel("Номер урока в расписании").fill("15");
  await form.getByRole("button", { name: "Создать группу" }).click();
  await expect(form.getByText("Укажите название (не короче 2 символов).")).toBeVisible();
  await expect(form.getByText("Выберите вид занятий.")).toBeVisible();
  await expect(form.getByText("Отметьте хотя бы один день недели.")).toBeVisible();
  await expect(form.getByText("Номер урока от 1 до 12.")).toBeVisible();
  await expect(form.getByLabel("Название")).toHaveAttribute("aria-invalid", "true");
  // The server refuses the same input when the form is bypassed.
  const name = `Кружок ${Date.now()}`;
  const teacher = await person("teacher");
  await form.getByLabel("Название").fill(name);
  await form.getByLabel("Номер урока в расписании").fill("8");
  await form.getByLabel("Вид занятий").selectOption({ label: "консультация" });
  await form.getByLabel("Учитель").selectOption({ label: short(teacher) });
  await form.getByLabel("среда").check();
  const create = await captureAction(page, () => form.getByRole("button", { name: "Создать группу" }).click());
  await expect(form.getByTestId("form-message")).toHaveText("Группа создана.");
  const answer = await postAction(page.request, create, {
    name: "Шахматы-2",
    kind: "CLUB",
    teacherId: teacher.id,
    weekdays: [],
    lessonNumber: 99,
  });
  expect(answer).toContain("Отметьте хотя бы один день недели.");
  expect(await groupByName("Шахматы-2")).toHaveLength(0);
  expect(await groupByName("Ш")).toHaveLength(0);
  expect(await groupByName(name)).toHaveLength(1);
});

test("GRD-3: curator2 of another school replaying every group action is refused and nothing changes", async ({ page, browser }) => {
  const name = `Робототехника-2 ${Date.now()}`;
  const spare = `Лишняя ${Date.now()}`;
  const teacher = await person("teacher");
  const [child] = await students5A();
  const [g2student] = await sql<{ id: string }>(
    `select u.id from "ClassMembership" m join "SchoolClass" c on c.id = m."classId" join "School" s on s.id = c."schoolId"
       join "User" u on u.id = m."studentId" where s."shortName" <> 'СОШ № 17' limit 1`,
  );

  // The curator of school 17 uses each action once, so that its id is known.
  await signIn(page, "curator");
  await page.goto("/admin/groups");
  const create = await captureAction(page, () => createGroup(page, name, short(teacher)));
  const [group] = await groupByName(name);
  const enrolA = await captureAction(page, () => enrol(page, group.id, [child]));
  const section = page.getByTestId(`group-${group.id}`);
  await section.getByText("Изменить группу").click();
  const update = await captureAction(page, () => section.getByRole("button", { name: "Сохранить группу" }).click());
  await expect(section.getByText("Изменения сохранены.")).toBeVisible();
  await createGroup(page, spare, short(teacher));
  const [spareGroup] = await groupByName(spare);
  page.on("dialog", (d) => void d.accept());
  const remove = await captureAction(page, () =>
    page.getByTestId(`group-${spareGroup.id}`).getByRole("button", { name: "Удалить группу" }).click(),
  );
  await expect.poll(async () => (await groupByName(spare)).length).toBe(0);
  const unenrol = await captureAction(page, () => section.getByRole("button", { name: `Исключить из группы: ${short(child)}` }).click());
  await expect.poll(async () => (await groupByName(name))[0].members).toBe(0);
  await enrol(page, group.id, [child]);

  const rival = await newPage(browser, "curator2");
  const audit = async () => (await sql<{ n: number }>(`select count(*)::int as n from "AuditLog" where "entityId" = $1`, [group.id]))[0].n;
  const auditBefore = await audit();
  for (const [action, arg] of [
    [update, { groupId: group.id, name: "Взлом", kind: "CLUB", teacherId: teacher.id, weekdays: [1], lessonNumber: 8 }],
    [remove, { groupId: group.id }],
    [enrolA, { groupId: group.id, studentIds: [g2student.id] }],
    [unenrol, { groupId: group.id, studentId: child.id }],
  ] as const) {
    const answer = await postAction(rival.request, action, arg);
    expect(answer).toContain("Не найдено.");
  }
  // Creating with school 17's teacher: refused, no group anywhere.
  expect(
    await postAction(rival.request, create, { name: "Взлом-кружок", kind: "CLUB", teacherId: teacher.id, weekdays: [1], lessonNumber: 8 }),
  ).toContain("Выберите учителя этой школы.");
  expect(await groupByName("Взлом-кружок")).toHaveLength(0);
  const [after] = await groupByName(name);
  expect(after).toMatchObject({ name, teacherId: teacher.id, members: 1 });
  expect(await groupByName("Взлом")).toHaveLength(0);
  expect(await audit()).toBe(auditBefore);
  // The page itself holds only their own school's groups.
  await rival.goto("/admin/groups");
  await expect(rival.getByRole("heading", { name: /Кружки/ })).toBeVisible();
  await expect(rival.getByTestId(`group-${group.id}`)).toHaveCount(0);
});

// --- GRD-6 ------------------------------------------------------------------------------------

async function milestonesOn(date: string) {
  return sql<{ id: string; schoolId: string; name: string }>(`select id, "schoolId", name from "Milestone" where date = $1::date`, [date]);
}

function todayMoscow(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

test("GRD-6: the head teacher records a milestone; the parent's «Рейтинг» shows its averages compared with the previous milestone", async ({
  page,
  browser,
}) => {
  const today = todayMoscow();
  const name = `Рубеж e2e ${Date.now()}`;
  const child = await userByLogin("student");
  const [previous] = await sql<{ id: string }>(
    `select m.id from "Milestone" m join "StudyYear" y on y.id = m."yearId" where y."isCurrent" and m.date < $1::date order by m.date desc limit 1`,
    [today],
  );
  expect(previous, "the seed has an earlier milestone to compare with").toBeTruthy();

  await signIn(page, "zavuch");
  await page.getByRole("link", { name: "Рейтинг: рубежный контроль" }).click();
  await expect(page).toHaveURL(/\/journal\/rating$/);
  await expect(page.getByLabel("Дата рубежа")).toHaveValue(today);
  await page.getByLabel("Название").fill(name);
  await page.getByRole("button", { name: "Сохранить результаты успеваемости" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Рубеж записан");
  await expect(page.getByTestId("milestones")).toContainText(name);

  // Every student's maths average up to today, by the one averaging rule (weights below 1 count as 1).
  const [m] = await milestonesOn(today);
  const [expected] = await sql<{ avg: string }>(
    `select round(sum(mk.numeric * greatest(1, mk.weight)) / sum(greatest(1, mk.weight)), 2)::text as avg
       from "Mark" mk join "Lesson" l on l.id = mk."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
       join "Subject" s on s.id = a."subjectId" join "StudyYear" y on y.id = a."yearId"
      where mk."studentId" = $1 and s.name = 'Математика' and y."isCurrent" and a.journal = 'MAIN' and mk.journal = 'MAIN'
        and mk.numeric is not null and l.date between y."startDate" and $2::date`,
    [child.id, today],
  );
  const [saved] = await sql<{ avg: string }>(
    `select r.average::text as avg from "MilestoneResult" r join "Subject" s on s.id = r."subjectId" where r."milestoneId" = $1 and r."studentId" = $2 and s.name = 'Математика'`,
    [m.id, child.id],
  );
  expect(saved.avg).toBe(expected.avg);
  const [{ n }] = await sql<{ n: number }>(`select count(distinct "studentId")::int as n from "MilestoneResult" where "milestoneId" = $1`, [
    m.id,
  ]);
  expect(n).toBeGreaterThan(20);

  const p = await newPage(browser, "parent");
  await p.goto(`/rating?child=${child.id}`);
  const card = p.getByTestId("milestone").first();
  await expect(p.getByText(name)).toBeVisible();
  const maths = card.locator("tr", { hasText: "Математика" });
  await expect(maths).toContainText(expected.avg.replace(".", ","));
  await expect(maths.getByText(/▲|▼|без изменений/)).toBeVisible();
});

test("GRD-6: a teacher, a parent and another school's curator recording a milestone for school 17 are refused; nothing is written", async ({
  page,
  browser,
}) => {
  const date = await freeDate();
  await signIn(page, "zavuch");
  await page.goto("/journal/rating");
  await page.getByLabel("Дата рубежа").fill("2999-01-01");
  const record = await captureAction(page, () => page.getByRole("button", { name: "Сохранить результаты успеваемости" }).click());
  await expect(page.getByTestId("form-message")).toContainText("не может быть в будущем");
  expect(await milestonesOn("2999-01-01")).toHaveLength(0);

  // Each replays it on a page of their own (the proxy answers 404 for areas not theirs).
  for (const [login, own] of [
    ["teacher", "/journal"],
    ["parent", "/rating"],
  ]) {
    const other = await newPage(browser, login);
    expect((await other.goto("/journal/rating"))?.status(), login).toBe(404);
    expect((await other.goto("/admin/rating"))?.status(), login).toBe(404);
    const url = new URL(own, record.url).toString();
    const answer = await postAction(other.request, { id: record.id, url }, { date, name: "Подделка" });
    // The teacher reaches the action and its role check refuses; a parent's request does not even
    // find it (no page of theirs carries it, the proxy answers 404 in /journal and /admin).
    if (login === "teacher") expect(answer).toContain("Не найдено.");
    else expect(answer).not.toMatch(/"ok":true/);
    expect(await milestonesOn(date)).toHaveLength(0);
  }
  // curator2 may record only in their own school: school 17 gets nothing.
  const rival = await newPage(browser, "curator2");
  await postAction(rival.request, { id: record.id, url: new URL("/admin/rating", record.url).toString() }, { date, name: "Чужой рубеж" });
  const rows = await milestonesOn(date);
  const [school17] = await sql<{ id: string }>(`select id from "School" where "shortName" = 'СОШ № 17'`);
  expect(rows.filter((r) => r.schoolId === school17.id)).toHaveLength(0);
});

/** A past school date of the current year with no milestone yet. */
async function freeDate(): Promise<string> {
  const [row] = await sql<{ d: string }>(
    `select to_char(d, 'YYYY-MM-DD') as d from generate_series(current_date - 1, current_date - 60, interval '-1 day') d
      where not exists (select 1 from "Milestone" m where m.date = d::date) limit 1`,
  );
  return row.d;
}
