// ADM-1/ADM-2/ADM-4: the curator sets up a study year with periods and holidays, a class, a
// teacher's load and a timetable lesson (a clash is refused by name), and the audit log shows it.
import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";

// Server actions on a loaded 2-core machine can take a while: wait for them, not for a fixed 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

test("ADM-1, ADM-4: a study year with periods and holidays; an overlapping period is refused", async ({ page }) => {
  const start = 2060 + Math.floor(Math.random() * 30);
  const name = `${start}/${start + 1}`;
  await signIn(page, "curator");
  await page.goto("/admin/school");
  const yearForm = page.locator("section", { has: page.getByRole("heading", { name: "Новый учебный год (заранее)" }) });
  await yearForm.getByLabel("Название").fill(name);
  await yearForm.getByLabel("Начало").fill(`${start}-09-01`);
  await yearForm.getByLabel("Окончание").fill(`${start + 1}-05-31`);
  await yearForm.getByRole("button", { name: "Создать год" }).click();
  await expect(yearForm.getByTestId("form-message")).toHaveText("Учебный год создан.");
  await expect(page.getByTestId("years")).toContainText(name);

  const periodForm = page.locator("section", { has: page.getByRole("heading", { name: "Учебный период" }) });
  const addPeriod = async (n: string, from: string, to: string) => {
    await periodForm.getByLabel("Учебный год").selectOption({ label: name });
    await periodForm.getByLabel("Вид").selectOption({ label: "четверть" });
    await periodForm.getByLabel("Номер").fill(n);
    await periodForm.getByLabel("Начало").fill(from);
    await periodForm.getByLabel("Окончание").fill(to);
    await periodForm.getByRole("button", { name: "Добавить период" }).click();
  };
  await addPeriod("1", `${start}-09-01`, `${start}-10-26`);
  await expect(periodForm.getByTestId("form-message")).toHaveText("Период добавлен.");
  await addPeriod("2", `${start}-10-20`, `${start}-12-28`);
  await expect(periodForm.getByTestId("form-message")).toContainText("пересекается с периодом «1 четверть»");
  await addPeriod("2", `${start}-11-05`, `${start + 1}-06-28`);
  await expect(periodForm.getByTestId("form-message")).toContainText(`внутри учебного года ${name}`);
  await addPeriod("2", `${start}-11-05`, `${start}-12-28`);
  await expect(periodForm.getByTestId("form-message")).toHaveText("Период добавлен.");

  const holidayForm = page.locator("section", { has: page.getByRole("heading", { name: "Каникулы" }) });
  await holidayForm.getByLabel("Учебный год").selectOption({ label: name });
  await holidayForm.getByLabel("Название").fill("Осенние каникулы");
  await holidayForm.getByLabel("Начало").fill(`${start}-10-27`);
  await holidayForm.getByLabel("Окончание").fill(`${start}-11-04`);
  await holidayForm.getByRole("button", { name: "Добавить каникулы" }).click();
  await expect(holidayForm.getByTestId("form-message")).toHaveText("Каникулы добавлены.");
  const years = page.getByTestId("years").getByRole("listitem").filter({ hasText: name });
  await expect(years).toContainText("1 четверть");
  await expect(years).toContainText("2 четверть");
  await expect(years).toContainText("Осенние каникулы");

  await page.goto("/admin/audit?kind=school");
  await expect(page.getByTestId("audit-table")).toContainText("Создан учебный год");
  await expect(page.getByTestId("audit-table")).toContainText("Добавлены каникулы");
});

test("ADM-2, ADM-4: a class, a teacher's load and a timetable lesson; a clash is refused by name", async ({ page }) => {
  // A letter no other spec uses, for this run's class.
  const taken = await sql<{ letter: string }>(
    `select c.letter from "SchoolClass" c join "StudyYear" y on y.id = c."yearId" join "School" s on s.id = c."schoolId" where s."shortName" = 'СОШ № 17' and y."isCurrent" and c.grade = 10`,
  );
  const letter = [..."ЭЖЗИКЛМНОП"].find((l) => !taken.some((t) => t.letter === l))!;
  // When the demo teacher is busy, and a time she is free.
  const busy = await sql<{ weekday: number; lessonNumber: number; label: string }>(
    `select t.weekday, t."lessonNumber", c.grade || c.letter as label from "TimetableSlot" t join "TeachingAssignment" a on a.id = t."assignmentId"
       join "User" u on u.id = a."teacherId" join "SchoolClass" c on c.id = a."classId" join "StudyYear" y on y.id = a."yearId"
      where u.login = 'teacher' and y."isCurrent" order by t.weekday, t."lessonNumber" limit 1`,
  );
  const days = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота"];
  const on = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"];

  await signIn(page, "curator");
  await page.goto("/admin/classes");
  const classForm = page.locator("section", { has: page.getByRole("heading", { name: "Новый класс" }) });
  await classForm.getByLabel("Параллель").fill("10");
  await classForm.getByLabel("Литера").fill(letter.toLowerCase());
  await classForm.getByLabel("Классный руководитель").selectOption({ label: "Ковалёва Ирина Петровна" });
  await classForm.getByRole("button", { name: "Создать класс" }).click();
  await expect(classForm.getByTestId("form-message")).toHaveText("Класс создан.");
  await classForm.getByLabel("Параллель").fill("10");
  await classForm.getByLabel("Литера").fill(letter);
  await classForm.getByRole("button", { name: "Создать класс" }).click();
  await expect(classForm.getByTestId("form-message")).toHaveText(`Класс 10${letter} уже есть в этом году.`);

  await page
    .getByTestId("classes-table")
    .getByRole("link", { name: `10${letter}`, exact: true })
    .click();
  await expect(page.getByRole("heading", { name: new RegExp(`Класс 10${letter}`) })).toBeVisible();
  await page.getByLabel("Предмет", { exact: true }).selectOption({ label: "Математика" });
  await page.getByLabel("Учитель").selectOption({ label: "Ковалёва Ирина Петровна" });
  await page.getByRole("button", { name: "Назначить" }).click();
  await expect(page.getByTestId("class-assignments")).toContainText("Математика — Ковалёва И. П.");

  await page.getByRole("link", { name: "расписание", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Расписание 10${letter}` })).toBeVisible();
  const add = async (weekday: number, lesson: number, room: string) => {
    await page.getByLabel("Предмет и учитель").selectOption({ label: "Математика — Ковалёва И. П." });
    await page.getByLabel("День").selectOption({ label: days[weekday - 1] });
    await page.getByLabel("Номер урока").fill(String(lesson));
    await page.getByLabel("Кабинет").fill(room);
    await page.getByRole("button", { name: "Добавить урок" }).click();
  };
  await add(busy[0].weekday, busy[0].lessonNumber, "");
  await expect(page.getByTestId("form-message")).toHaveText(
    `Учитель Ковалёва И. П. уже ведёт урок в ${busy[0].label} ${on[busy[0].weekday - 1]}, ${busy[0].lessonNumber}-й урок.`,
  );
  await add(6, 10, "Т-10");
  await expect(page.getByTestId("form-message")).toHaveText("Урок добавлен в расписание.");
  await expect(page.getByTestId("timetable-grid")).toContainText("каб. Т-10");

  await page.goto("/admin/audit");
  const log = page.getByTestId("audit-table");
  await expect(log).toContainText("Добавлен урок в расписание");
  await expect(log).toContainText("Назначена нагрузка");
  await expect(log).toContainText("Создан класс");
  // Filter by kind and person.
  await page.getByLabel("Что").selectOption({ label: "Классы" });
  await page.getByLabel("Кто").selectOption({ label: "Лебедева Татьяна Алексеевна" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/kind=class/);
  await expect(log).toContainText("Создан класс");
  await expect(log).not.toContainText("Добавлен урок в расписание");
});

test("ADM-4: the audit log reads on a phone @phone", async ({ page }) => {
  await signIn(page, "curator");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Журнал изменений" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width + 1);
});
