// OTH-1, the home page: the next school day's homework, each recent mark beside its subject's
// average as «Текущие отметки» computes it, and what is new since the last visit — with remarks
// counted for the parent and never for the student.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql, userByLogin } from "./helpers/db";

/** The school's today (Europe/Moscow) and the next school day (Sunday skipped), as the page has them. */
function schoolDays() {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow" }).format(new Date());
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + (next.getUTCDay() === 6 ? 2 : 1));
  return { today, next: next.toISOString().slice(0, 10) };
}

test("OTH-1: the next school day's homework, and each recent mark beside its subject's average from «Текущие отметки»", async ({
  page,
}) => {
  const student = await userByLogin("student");
  const { next } = schoolDays();
  const homework = await sql<{ text: string }>(
    `select h.text from "Homework" h join "Lesson" l on l.id = h."lessonId" join "TeachingAssignment" ta on ta.id = l."assignmentId"
       join "StudyYear" y on y.id = ta."yearId" and y."isCurrent"
      where h."dueDate" = $2 and ((ta."groupId" is null and ta."classId" in (select "classId" from "ClassMembership" where "studentId" = $1))
        or ta."groupId" in (select "groupId" from "GroupMembership" where "studentId" = $1))`,
    [student.id, next],
  );

  await signIn(page, "student");
  await page.goto("/marks");
  const averages = new Map<string, string>();
  for (const tr of await page.getByTestId("marks-table").locator("tbody tr").all()) {
    averages.set((await tr.getAttribute("data-subject"))!, (await tr.getByTestId("average").textContent())!.trim());
  }

  await page.goto("/home");
  const nextCard = page.locator("section", { has: page.getByRole("heading", { name: /^(Завтра|Следующий учебный день),/ }) });
  await expect(nextCard).toBeVisible();
  for (const h of homework) await expect(nextCard.getByTestId("homework").filter({ hasText: h.text }).first()).toBeVisible();

  const recent = page.getByTestId("recent-marks").locator("li");
  await expect(recent.first()).toBeVisible();
  let compared = 0;
  for (const li of await recent.all()) {
    const subject = (await li.locator(".font-medium").first().textContent())!.trim();
    // Recent marks may come from an earlier period; the average beside them is this period's.
    if (!averages.has(subject)) continue;
    await expect(li.getByTitle("Средний балл по предмету за период")).toHaveText(`ср. ${averages.get(subject)}`);
    compared++;
  }
  expect(compared).toBeGreaterThan(0);
});

test("OTH-1, FBK-1, ACC-10: what is new since the last visit counts remarks for the parent, never for the student", async ({ page }) => {
  const student = await userByLogin("student");
  // A seeded remark written well before now; the last visits are set just before it (fixture).
  const [remark] = await sql<{ text: string; at: Date }>(
    `select text, "createdAt" as at from "Remark" where "studentId" = $1 and kind = 'REMARK' and "createdAt" < now() - interval '1 hour'
      order by "createdAt" desc limit 1`,
    [student.id],
  );
  expect(remark, "the demo child has a remark").toBeTruthy();
  const visitBefore = async (login: string) =>
    sql(
      `insert into "DiaryVisit" ("userId", "studentId", "lastSeenAt") select id, $2, $3::timestamptz - interval '1 second' from "User" where login = $1
       on conflict ("userId", "studentId") do update set "lastSeenAt" = excluded."lastSeenAt", "previousSeenAt" = null`,
      [login, student.id, remark.at],
    );

  await visitBefore("parent");
  await signIn(page, "parent");
  await page.goto(`/home?child=${student.id}`);
  await expect(page.getByTestId("diary-child")).toContainText(student.firstName);
  await expect(page.getByTestId("news")).toContainText(/\d+ (новое замечание|новых замечания|новых замечаний)/);
  await page.context().clearCookies();

  await visitBefore("student");
  await signIn(page, "student");
  await page.goto("/home");
  await expect(page.getByTestId("news")).toBeVisible();
  await expect(page.getByTestId("news")).not.toContainText("замечан");
  await expect(page.locator("body")).not.toContainText(remark.text);
});
