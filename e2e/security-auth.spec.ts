// ACC-7, ACC-11 and STF-1 as an attacker tries them: forged X-Forwarded-For, a stranger's wrong
// passwords against a known login, a cookie copied before sign-out, and a substitute's journal.
// Distinct client addresses come from binding the spec's own HTTP requests to other loopback
// addresses (127.0.0.x): the server runs as shipped, without TRUST_PROXY, and sees them as
// different sockets. The browser itself always comes from 127.0.0.1 or ::1.
import http from "node:http";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { uniqueLogin } from "./helpers/accounts";
import { captureAction, postAction } from "./helpers/actions";
import { mathJournal5A } from "./helpers/journal";

const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000");

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

function raw(localAddress: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: base.port, method, path, headers, localAddress }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A sign-in client at its own address, talking to Auth.js's credentials endpoint. */
async function clientAt(localAddress: string) {
  const csrf = await raw(localAddress, "GET", "/api/auth/csrf", {});
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return async (login: string, password: string, extra: Record<string, string> = {}): Promise<"ok" | "invalid" | "locked"> => {
    const body = new URLSearchParams({ csrfToken, login, password, callbackUrl: "/" }).toString();
    const res = await raw(
      localAddress,
      "POST",
      "/api/auth/callback/credentials",
      { cookie, "content-type": "application/x-www-form-urlencoded", ...extra },
      body,
    );
    const location = String(res.headers.location ?? "");
    if ((res.headers["set-cookie"] ?? []).some((c) => c.startsWith("authjs.session-token="))) return "ok";
    if (location.includes("code=locked")) return "locked";
    expect(location).toContain("error=CredentialsSignin");
    return "invalid";
  };
}

/** A new account with a demo account's password and roles, so that no other spec shares it. */
async function cloneAccount(from: string, prefix: string): Promise<{ id: string; login: string }> {
  const login = uniqueLogin(prefix);
  const [row] = await sql<{ id: string }>(
    `insert into "User" (id, "schoolId", login, "passwordHash", "lastName", "firstName", "registeredAt", "emailConfirmedAt", email, "updatedAt")
     select 'e2e' || md5(random()::text), "schoolId", $2, "passwordHash", "lastName", "firstName", now(), now(), $2 || '@example.org', now()
       from "User" where login = $1 returning id`,
    [from, login],
  );
  await sql(
    `insert into "UserRole" ("userId", role) select $1, role from "UserRole" r join "User" u on u.id = r."userId" where u.login = $2`,
    [row.id, from],
  );
  return { id: row.id, login };
}

async function liveSessions(userId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`select count(*)::int as n from "UserSession" where "userId" = $1 and "revokedAt" is null`, [
    userId,
  ]);
  return row.n;
}

test("ACC-11: rotating X-Forwarded-For without TRUST_PROXY still meets the per-address limit", async () => {
  test.setTimeout(120_000);
  const signInAt = await clientAt("127.0.0.24");
  // Thirty wrong passwords for thirty logins, each claiming another address (and forging the
  // header the server's socket hook writes): the server counts them all against one socket, and
  // the thirtieth locks it.
  for (let i = 0; i < 30; i++) {
    const forged = { "x-forwarded-for": `10.9.${i}.1`, "x-real-ip": `10.8.${i}.1`, "x-diary-socket-address": `10.7.${i}.1` };
    expect(await signInAt(`nobody-${Date.now()}-${i}`, "Wrong#Pass1", forged)).toBe(i < 29 ? "invalid" : "locked");
  }
  expect(await signInAt(`nobody-${Date.now()}-x`, "Wrong#Pass1", { "x-forwarded-for": "10.9.99.1" })).toBe("locked");
  // Even the right password of a real account is refused from that address now …
  expect(await signInAt("psychologist", DEMO_PASSWORD, { "x-forwarded-for": "10.9.98.1" })).toBe("locked");
  // … and the forged addresses were never counted.
  const keys = await sql<{ key: string; locked: boolean }>(
    `select key, "lockedUntil" > now() as locked from "AuthThrottle" where key like 'ip:%' and (key like 'ip:10.%' or key = 'ip:127.0.0.24')`,
  );
  expect(keys).toEqual([{ key: "ip:127.0.0.24", locked: true }]);
});

test("ACC-11: a stranger's five (and more) bad passwords from another address do not keep the owner out", async ({ page }) => {
  const owner = await cloneAccount("psychologist", "owner");
  const stranger = await clientAt("127.0.0.23");
  // The fifth wrong password locks the stranger's address for this login …
  for (let i = 0; i < 5; i++) expect(await stranger(owner.login, `Wrong#${i}x`)).toBe(i < 4 ? "invalid" : "locked");
  // … so that more guesses, even the right password, are refused there …
  expect(await stranger(owner.login, `Wrong#6x`)).toBe("locked");
  expect(await stranger(owner.login, DEMO_PASSWORD)).toBe("locked");
  expect(await liveSessions(owner.id)).toBe(0);
  // … while the owner, from their own address, signs in (a little slower, never locked).
  await signIn(page, owner.login);
  await expect(page).toHaveURL(/\/journal$/);
  expect(await liveSessions(owner.id)).toBe(1);
  const rows = await sql<{ key: string; locked: boolean }>(
    `select key, coalesce("lockedUntil" > now(), false) as locked from "AuthThrottle" where key like $1 order by key`,
    [`%${owner.login}%`],
  );
  // Only the stranger's pair is locked; the owner's success cleared the login's slowdown.
  expect(rows).toEqual([{ key: `pair:${owner.login}@127.0.0.23`, locked: true }]);
});

/** A teacher's homework file in school 17 (fixture: the row and its bytes in the local store). */
async function homeworkFile(ownerId: string): Promise<string> {
  const key = `e2e/${randomUUID()}`;
  const root = path.join(process.cwd(), ".data", "files");
  await mkdir(path.dirname(path.join(root, key)), { recursive: true });
  await writeFile(path.join(root, key), "задание");
  const [file] = await sql<{ id: string }>(
    `insert into "StoredFile" (id, "schoolId", "ownerId", "storageKey", name, "mimeType", size)
     select 'e2e' || md5(random()::text), "schoolId", $1, $2, 'задание.txt', 'text/plain', 14 from "User" where id = $1 returning id`,
    [ownerId, key],
  );
  await sql(
    `insert into "HomeworkFile" ("homeworkId", "fileId")
     select h.id, $1 from "Homework" h join "Lesson" l on l.id = h."lessonId" join "User" u on u.id = $2 and u."schoolId" = l."schoolId" limit 1`,
    [file.id, ownerId],
  );
  return file.id;
}

async function signedInCopy(browser: Browser, login: string): Promise<{ page: Page; copy: Page; close: () => Promise<void> }> {
  const original = await browser.newContext();
  const page = await original.newPage();
  await signIn(page, login);
  const thief = await browser.newContext();
  await thief.addCookies(await original.cookies());
  const copy = await thief.newPage();
  return { page, copy, close: async () => (await original.close(), await thief.close()) };
}

for (const [login, path] of [
  ["student", "/marks"],
  ["teacher", "/journal"],
  ["curator", "/admin"],
] as const) {
  test(`ACC-11: an old cookie of ${login} after sign-out gets the sign-in page (${path})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { page, copy, close } = await signedInCopy(browser, login);
    try {
      await copy.goto(path);
      await expect(copy).toHaveURL(new RegExp(`${path}$`));
      await expect(copy.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await page.getByRole("button", { name: "Выйти" }).click();
      await expect(page.getByRole("heading", { name: "Вход в электронный дневник" })).toBeVisible();
      // The copy still carries a token that decodes; the server no longer accepts its session.
      await copy.goto(path);
      await expect(copy).toHaveURL(/\/login/);
      await expect(copy.getByRole("heading", { name: "Вход в электронный дневник" })).toBeVisible();
    } finally {
      await close();
    }
  });
}

test("ACC-7: a replayed action and a file download with a cookie copied before sign-out are refused, nothing written", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const account = await cloneAccount("director", "thief");
  const fileId = await homeworkFile(account.id);
  const { page, copy, close } = await signedInCopy(browser, account.login);
  try {
    // While the session lives, the copy downloads the file (a director may read any homework file).
    expect((await copy.request.get(`/api/files/${fileId}`)).status()).toBe(200);
    await page.goto("/security");
    const action = await captureAction(page, () => page.getByRole("button", { name: "Завершить другие сеансы" }).click());
    await expect(page.getByTestId("form-message")).toContainText("Других сеансов нет");
    // A third, honest session that the replayed action would end if it ran.
    const other = await browser.newContext();
    await signIn(await other.newPage(), account.login);
    await page.getByRole("button", { name: "Выйти" }).click();
    await expect(page.getByRole("heading", { name: "Вход в электронный дневник" })).toBeVisible();
    expect(await liveSessions(account.id)).toBe(1);

    const answer = await postAction(copy.request, action, {});
    expect(answer).toContain("Войдите в журнал заново.");
    expect(await liveSessions(account.id)).toBe(1);
    const audit = await sql(`select 1 from "AuditLog" where "actorId" = $1 and action = 'user.sessions.end'`, [account.id]);
    expect(audit).toHaveLength(0);
    // A file download answers as for anyone signed out (lib/access/route-guard.ts): 401, no bytes.
    const download = await copy.request.get(`/api/files/${fileId}`);
    expect(download.status()).toBe(401);
    expect((await download.body()).length).toBeLessThan(100);
    await other.close();
  } finally {
    await close();
  }
});

test("ACC-7: «Завершить другие сеансы» signs out every other device, this one stays", async ({ browser }) => {
  test.setTimeout(120_000);
  const account = await cloneAccount("psychologist", "sessions");
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, account.login);
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  try {
    await signIn(page, account.login);
    expect(await liveSessions(account.id)).toBe(2);
    await page.goto("/security");
    await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(2);
    await page.getByRole("button", { name: "Завершить другие сеансы" }).click();
    await expect(page.getByTestId("form-message")).toContainText("Завершено: 1 сеанс");
    await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(1);
    expect(await liveSessions(account.id)).toBe(1);

    await phonePage.goto("/journal");
    await expect(phonePage).toHaveURL(/\/login/);
    await page.goto("/journal");
    await expect(page).toHaveURL(/\/journal$/);
  } finally {
    await phone.close();
    await laptop.close();
  }
});

test("STF-1, PLN-2, GRD-4: a substitute's journal shows only their lesson, without targets or the owner's period and year marks", async ({
  page,
}) => {
  const journal = await mathJournal5A();
  const [lesson] = await sql<{ id: string; teacherId: string; date: string }>(
    `select l.id, l."teacherId", to_char(l.date, 'DD.MM') as date from "Lesson" l
      where l."assignmentId" = $1 and l.date <= current_date
        and exists (select 1 from "StudyPeriod" p join "StudyYear" y on y.id = p."yearId"
                     where y."isCurrent" and current_date between p."startDate" and p."endDate" and l.date between p."startDate" and p."endDate")
      order by l.date desc, l.number desc offset 3 limit 1`,
    [journal.id],
  );
  const [student] = await sql<{ id: string; lastName: string }>(
    `select u.id, u."lastName" from "ClassMembership" m join "User" u on u.id = m."studentId" where m."classId" = $1 order by u."lastName" limit 1`,
    [journal.classId],
  );
  const sub = await cloneAccount("teacher9", "substitute");
  const [a] = await sql<{ subjectId: string; yearId: string; schoolId: string }>(
    `select "subjectId", "yearId", "schoolId" from "TeachingAssignment" where id = $1`,
    [journal.id],
  );
  // The owner's facts the substitute must not see: a target mark and a year mark.
  await sql(
    `insert into "ExpectedMark" ("schoolId", "studentId", "subjectId", "yearId", value) values ($1, $2, $3, $4, 5)
     on conflict ("studentId", "subjectId", "yearId") do update set value = 5`,
    [a.schoolId, student.id, a.subjectId, a.yearId],
  );
  await sql(`update "Lesson" set "teacherId" = $1 where id = $2`, [sub.id, lesson.id]);
  try {
    await signIn(page, sub.login);
    await page.goto(`/journal/${journal.id}`);
    const grid = page.getByTestId("journal-grid");
    await expect(grid).toBeVisible();
    await expect(grid.getByRole("columnheader")).toHaveCount(3); // student, the one lesson, average
    await expect(grid.getByRole("columnheader").nth(1)).toContainText(lesson.date);
    await expect(grid.getByText(/цель/)).toHaveCount(0);
    await expect(grid.getByText("За период")).toHaveCount(0);
    // Nor in the page's data: every row's target and final marks in the payload are null.
    const html = await (await page.request.get(`/journal/${journal.id}`)).text();
    const values = [...html.matchAll(/(?:expected|periodMark|yearMark)\\*"\s*:\s*(?:\\*")?([^,}\\"]+)/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set(["null"]));
  } finally {
    await sql(`update "Lesson" set "teacherId" = $1 where id = $2`, [lesson.teacherId, lesson.id]);
  }
});
