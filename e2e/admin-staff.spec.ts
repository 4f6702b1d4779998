// ADM-6: staff accounts — added by hand, invited by code and registered; a teacher who is also a
// parent in ONE account; removing a person; and the attackers: another school's curator, a
// teacher-parent reaching for another family, the last curator.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { otherFamilyChild, sql, userByLogin } from "./helpers/db";
import { captureAction, postAction } from "./helpers/actions";
import { NEW_PASSWORD, registerViaUi, uniqueLogin } from "./helpers/accounts";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ mode: "serial", timeout: 180_000 });

const L = "абвгдежзиклмнопрстуфхцчшщэюя";
const surname = () => `Штатова${Array.from({ length: 4 }, () => L[Math.floor(Math.random() * L.length)]).join("")}`;

/** A signed-up staff member of school 17 straight in the database (password: the demo one). */
async function staffWithLogin(role = "TEACHER") {
  const login = uniqueLogin("staff");
  const [u] = await sql<{ id: string }>(
    `insert into "User" (id, "schoolId", login, "passwordHash", "lastName", "firstName", "registeredAt", "emailConfirmedAt", "updatedAt")
     select 'e2e' || md5(random()::text), t."schoolId", $1, t."passwordHash", $2, 'Анна', now(), now(), now() from "User" t where t.login = 'teacher'
     returning id`,
    [login, surname()],
  );
  await sql(`insert into "UserRole" ("userId", role) values ($1, $2::"Role")`, [u.id, role]);
  return { id: u.id, login };
}

async function removeOnPage(page: Page, id: string) {
  await page.goto(`/admin/people/${id}`);
  page.once("dialog", (d) => void d.accept());
  return captureAction(page, () => page.getByRole("button", { name: "Удалить учётную запись" }).click());
}

const actions: Record<string, { id: string; url: string }> = {};

test("ADM-6 ACC-1: the curator adds a teacher by hand, prints her code; she registers and works in the journal", async ({
  page,
  browser,
}) => {
  const last = surname();
  await signIn(page, "curator");
  await page.goto("/admin/staff");
  const form = page.getByRole("form", { name: "Новый сотрудник" });
  // Bad input first: no role, a broken e-mail — Russian messages beside the fields, nothing written.
  await form.getByLabel("Фамилия").fill(last);
  await form.getByLabel("Имя", { exact: true }).fill("Ольга");
  await form.getByLabel("Электронная почта").fill("не-почта");
  await form.getByRole("button", { name: "Добавить сотрудника" }).click();
  await expect(form.locator("#roles-error")).toContainText("хотя бы одну роль");
  await expect(form.locator("#email-error")).toContainText("электронной почты");
  expect(await sql(`select 1 from "User" where "lastName" = $1`, [last])).toHaveLength(0);

  await form.getByLabel("Электронная почта").fill(`olga${Date.now()}@example.ru`);
  await form.getByLabel("учитель").check();
  await form.getByLabel("Должность специалиста").selectOption("LIBRARIAN");
  actions.create = await captureAction(page, () => form.getByRole("button", { name: "Добавить сотрудника" }).click());
  await expect(form.getByTestId("form-message")).toContainText("Сотрудник добавлен");
  const [staff] = await sql<{ id: string; roles: string }>(
    `select u.id, string_agg(r.role::text || coalesce(':' || r."specialistKind"::text, ''), ',' order by r.role) as roles
       from "User" u join "UserRole" r on r."userId" = u.id where u."lastName" = $1 group by u.id`,
    [last],
  );
  expect(staff.roles).toBe("TEACHER,SPECIALIST:LIBRARIAN");

  const row = page.getByTestId("staff-accounts").getByRole("row", { name: new RegExp(last) });
  await expect(row).toContainText("не зарегистрирован");
  await row.getByRole("checkbox").check();
  actions.invites = await captureAction(page, () => page.getByRole("button", { name: "Выдать коды отмеченным" }).click());
  const invitation = page.getByTestId("invitation").filter({ hasText: last });
  await expect(invitation.getByTestId("invitation-for")).toContainText("Сотруднику школы");
  const code = (await invitation.getByTestId("invite-code").textContent())!.trim();

  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  const login = uniqueLogin("olga");
  await p2.goto("/register");
  await p2.getByLabel("Пригласительный код").fill(code);
  await p2.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(p2.getByTestId("code-for")).toContainText("Регистрация сотрудника школы");
  await ctx.close();
  const ctx2 = await browser.newContext();
  const p3 = await ctx2.newPage();
  await registerViaUi(p3, code, { login, password: NEW_PASSWORD });
  await signIn(p3, login, NEW_PASSWORD);
  await expect(p3).toHaveURL(/\/journal/);
  await ctx2.close();
  const [done] = await sql<{ id: string }>(`select id from "User" where login = $1`, [login]);
  expect(done.id).toBe(staff.id);
});

test("ADM-6 ACC-10: a teacher who is a parent reaches her child's diary and the journal in one account, and no other family's child", async ({
  page,
  browser,
}) => {
  const t = await staffWithLogin();
  const [child] = await sql<{ id: string; firstName: string; lastName: string; label: string }>(
    `select u.id, u."firstName", u."lastName", c.grade || c.letter as label from "User" u
       join "ClassMembership" m on m."studentId" = u.id join "SchoolClass" c on c.id = m."classId"
       join "StudyYear" y on y.id = c."yearId" and y."isCurrent" join "School" s on s.id = u."schoolId" and s."shortName" = 'СОШ № 17'
      where c.grade = 9 order by u.id desc limit 1`,
  );
  const other = await otherFamilyChild();
  await signIn(page, "curator");
  await page.goto(`/admin/people/${t.id}`);
  await page.getByLabel("Ученик").selectOption(child.id);
  actions.link = await captureAction(page, () => page.getByRole("button", { name: "Привязать ребёнка" }).click());
  await expect(page.getByTestId("person-children")).toContainText(child.lastName);

  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await signIn(p, t.login);
  await expect(p).toHaveURL(/\/home/);
  const nav = p.getByRole("navigation", { name: "Разделы журнала" });
  await expect(nav.getByRole("link", { name: "Журнал" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Дневник" })).toBeVisible();
  expect((await p.goto("/journal"))?.status()).toBe(200);
  // Another family's child by link: the viewer keeps her own child.
  await p.goto(`/marks?child=${other.id}`);
  await expect(p.locator("main")).not.toContainText(other.lastName);
  await p.goto("/week");
  expect(await p.content()).not.toContain(other.id);
  await ctx.close();
});

test("ADM-6 ADM-3: a staff sheet imports through the same preview-then-commit flow, with codes for the new staff", async ({ page }) => {
  const a = surname();
  const b = surname();
  const csv = (rows: string[][]) => ({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(rows.map((r) => r.join(";")).join("\n")),
  });
  await signIn(page, "curator");
  await page.goto("/admin/import?kind=staff");
  await expect(page.getByRole("heading", { name: "Импорт сотрудников" })).toBeVisible();
  // A row with an unknown position: named in Russian, nothing can be written.
  await page.getByLabel("Файл со списком сотрудников").setInputFiles(
    csv([
      ["ФИО", "Должность", "E-mail"],
      [`${a} Нина Павловна`, "учитель", ""],
      [`${b} Олег`, "дворник", ""],
    ]),
  );
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByTestId("import-problems")).toBeVisible();
  await expect(page.getByText("Должность «дворник» не распознана")).toBeVisible();
  await expect(page.getByRole("button", { name: "Импортировать" })).toHaveCount(0);
  await page.getByLabel("Файл со списком сотрудников").setInputFiles(
    csv([
      ["ФИО", "Должность", "E-mail"],
      [`${a} Нина Павловна`, "учитель", ""],
      [`${b} Олег`, "педагог-психолог", ""],
    ]),
  );
  await page.getByRole("button", { name: "Проверить файл" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Новых сотрудников: 2");
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByTestId("invite-list")).toContainText(a);
  await expect(page.getByTestId("invite-list")).toContainText(b);
  const rows = await sql<{ role: string; kind: string | null }>(
    `select r.role::text as role, r."specialistKind"::text as kind from "User" u join "UserRole" r on r."userId" = u.id where u."lastName" in ($1, $2) order by u."lastName" = $1 desc`,
    [a, b],
  );
  expect(rows).toEqual([
    { role: "TEACHER", kind: null },
    { role: "SPECIALIST", kind: "PSYCHOLOGIST" },
  ]);
});

test("ADM-6: removing a person ends their session, keeps their row for what they authored, and is audited", async ({ page, browser }) => {
  const t = await staffWithLogin();
  const ctx = await browser.newContext();
  const victim = await ctx.newPage();
  await signIn(victim, t.login);
  await signIn(page, "curator");
  actions.remove = await removeOnPage(page, t.id);
  await expect(page).toHaveURL(/\/admin\/people$/);
  const [row] = await sql<{ login: string | null; deleted: boolean; roles: string; audit: string; name: string }>(
    `select login, "deletedAt" is not null as deleted, "lastName" as name,
            (select count(*) from "UserRole" r where r."userId" = u.id) as roles,
            (select count(*) from "AuditLog" a where a."entityId" = u.id and a.action = 'user.remove') as audit
       from "User" u where id = $1`,
    [t.id],
  );
  expect(row).toMatchObject({ login: null, deleted: true, roles: "0", audit: "1" });
  expect(row.name).toMatch(/^Штатова/);
  await victim.goto("/journal");
  await expect(victim).toHaveURL(/\/login/);
  await ctx.close();
});

test("ADM-6: the last curator of a school cannot be removed — a message, nothing changed", async ({ page }) => {
  const me = await userByLogin("curator2");
  await signIn(page, "curator2");
  await removeOnPage(page, me.id);
  await expect(page.getByTestId("form-message")).toContainText("последний куратор");
  const [row] = await sql<{ login: string | null; deleted: string | null }>(
    `select login, "deletedAt" as deleted from "User" where id = $1`,
    [me.id],
  );
  expect(row).toEqual({ login: "curator2", deleted: null });
});

test("ADM-6 attacker: a curator of another school gets 404 for school 17's people and every staff action refuses, writing nothing", async ({
  page,
}) => {
  const t = await staffWithLogin();
  const [unregistered] = await sql<{ id: string }>(
    `insert into "User" (id, "schoolId", "lastName", "firstName", "updatedAt")
     select 'e2e' || md5(random()::text), "schoolId", $1, 'Пётр', now() from "User" where login = 'teacher' returning id`,
    [surname()],
  );
  await sql(`insert into "UserRole" ("userId", role) values ($1, 'TEACHER')`, [unregistered.id]);
  const child = await otherFamilyChild();
  const audits = async () =>
    Number((await sql<{ n: string }>(`select count(*) as n from "AuditLog" where "entityId" in ($1, $2)`, [t.id, unregistered.id]))[0].n);
  const before = await audits();

  await signIn(page, "curator2");
  expect((await page.goto(`/admin/people/${t.id}`))?.status()).toBe(404);
  for (const key of ["invites", "link", "remove"]) expect(actions[key], key).toBeTruthy();
  expect(await postAction(page.request, actions.remove, { userId: t.id })).toContain("Не найдено");
  expect(await postAction(page.request, actions.link, { personId: t.id, studentId: child.id })).toContain("Не найдено");
  expect(await postAction(page.request, actions.invites, { userIds: [unregistered.id] })).toContain("Не найдено");

  const [after] = await sql<{ login: string | null; links: string; codes: string }>(
    `select u.login, (select count(*) from "ParentLink" l where l."parentId" = u.id) as links,
            (select count(*) from "InviteCode" i where i."studentId" = $2) as codes
       from "User" u where u.id = $1`,
    [t.id, unregistered.id],
  );
  expect(after).toEqual({ login: t.login, links: "0", codes: "0" });
  expect(await audits()).toBe(before);
  // A teacher is no curator at all: the admin area is not found for them, nor its actions.
  await page.context().clearCookies();
  await signIn(page, "teacher");
  expect(await postAction(page.request, actions.remove, { userId: t.id })).toMatch(/Не найдено|Server Action unavailable/);
  expect((await sql<{ login: string }>(`select login from "User" where id = $1`, [t.id]))[0].login).toBe(t.login);
});
