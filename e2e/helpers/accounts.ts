// Helpers of the accounts specs: fresh people that no other spec touches, codes, letters.
import { createHash, randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { sql } from "./db";

export const NEW_PASSWORD = "Kx7#mQ2pLw";

let seq = 0;
/** A login no other run or worker uses. */
export function uniqueLogin(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${process.pid % 1000}${seq++}`;
}

/** An unregistered student of school 17 with no codes yet, picked at random (specs run in parallel). */
export async function freshStudent(classLabel?: string) {
  const rows = await sql<{ id: string; firstName: string; lastName: string; classId: string; label: string }>(
    `select u.id, u."firstName", u."lastName", c.id as "classId", c.grade || c.letter as label
       from "User" u
       join "School" s on s.id = u."schoolId" and s."shortName" like '%17%'
       join "UserRole" r on r."userId" = u.id and r.role = 'STUDENT'
       join "ClassMembership" m on m."studentId" = u.id
       join "SchoolClass" c on c.id = m."classId"
       join "StudyYear" y on y.id = c."yearId" and y."isCurrent"
      where u.login is null
        and not exists (select 1 from "InviteCode" i where i."studentId" = u.id)
        and ($1::text is null or c.grade || c.letter = $1)
      order by random() limit 1`,
    [classLabel ?? null],
  );
  if (!rows[0]) throw new Error("no fresh student left");
  // Claim the student at once with a revoked placeholder code, so that no parallel spec picks them.
  await sql(
    `insert into "InviteCode" (id, "schoolId", "codeHash", role, "studentId", "createdById", "revokedAt")
     select 'e2e' || md5(random()::text), u."schoolId", md5(random()::text), 'PARENT', u.id, u.id, now() from "User" u where u.id = $1`,
    [rows[0].id],
  );
  return rows[0];
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A code issued straight into the database (for specs whose subject is not issuing). */
export async function issueCodeDb(studentId: string, role: "STUDENT" | "PARENT"): Promise<string> {
  let raw = "";
  for (let i = 0; i < 15; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  const hash = createHash("sha256").update(raw).digest("hex");
  await sql(
    `insert into "InviteCode" (id, "schoolId", "codeHash", role, "studentId", "createdById", "expiresAt")
     select 'e2e' || md5(random()::text), u."schoolId", $2, $3::"Role", u.id, u.id, now() + interval '1 day' from "User" u where u.id = $1`,
    [studentId, hash, role],
  );
  return raw.match(/.{5}/g)!.join("-");
}

export type NewAccount = { login: string; password: string; email?: string; lastName?: string; firstName?: string; extraCodes?: string[] };

/** Registers through /register: the code, «Зарегистрироваться», then the details. */
export async function registerViaUi(page: Page, code: string, a: NewAccount) {
  await page.goto("/register");
  await page.getByLabel("Пригласительный код").fill(code);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page.getByLabel("Логин")).toBeVisible();
  for (const extra of a.extraCodes ?? []) {
    await page.getByLabel("Код ещё одного ребёнка").fill(extra);
    await page.getByRole("button", { name: "Добавить" }).click();
    await expect(page.getByLabel("Код ещё одного ребёнка")).toHaveValue("");
  }
  if (a.lastName) await page.getByLabel("Фамилия").fill(a.lastName);
  if (a.firstName) await page.getByLabel("Имя", { exact: true }).fill(a.firstName);
  await page.getByLabel("Логин").fill(a.login);
  await page.getByLabel("Пароль", { exact: true }).fill(a.password);
  await page.getByLabel("Повторите пароль").fill(a.password);
  if (a.email) await page.getByLabel(/Электронная почта/).fill(a.email);
  await page.getByRole("button", { name: "Завершить регистрацию" }).click();
  await expect(page.getByRole("heading", { name: "Регистрация в системе успешно завершена" })).toBeVisible();
}

/** The newest letter to an address, from the outbox table the app writes without Resend. */
export async function latestLetter(to: string, subject: RegExp) {
  let row: { subject: string; text: string } | undefined;
  await expect
    .poll(async () => {
      const rows = await sql<{ subject: string; text: string }>(
        `select subject, text from "OutboxEmail" where "to" = $1 order by "createdAt" desc limit 5`,
        [to],
      );
      row = rows.find((r) => subject.test(r.subject));
      return Boolean(row);
    })
    .toBe(true);
  return row!;
}

export function linkIn(text: string, path: string): string {
  const m = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_%-]+`).exec(text);
  if (!m) throw new Error(`no ${path} link in the letter`);
  return m[0];
}

/** ACC-3 after the first sign-in: the prompt, the letter, the link. */
export async function confirmEmailViaOutbox(page: Page, email: string, password: string) {
  await page.getByTestId("confirm-prompt").getByRole("link", { name: "Подтвердить" }).click();
  await expect(page).toHaveURL(/\/security/);
  const form = page.locator("#confirm");
  await form.getByLabel("Пароль").fill(password);
  await form.getByLabel("Электронная почта").fill(email);
  await form.getByRole("button", { name: "Подтвердить" }).click();
  await expect(form.getByTestId("form-message")).toContainText("«Спам»");
  const letter = await latestLetter(email, /Подтверждение/);
  await page.goto(linkIn(letter.text, "/confirm-email"));
  await page.getByRole("button", { name: "Подтвердить почту" }).click();
  await expect(page.getByTestId("form-message")).toContainText("подтверждён");
}
