// The edge of the app (issue 15, ADR 0008): security headers and a CSP with nonces that the
// app's own scripts pass, on every page of every role; a framed page refused; a 200 MB upload
// refused from its length with the Russian message, memory flat and nothing stored; and the
// database stopped under load: 503 with the Russian message, then recovery without a restart.
import http from "node:http";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers/auth";
import { captureAction } from "./helpers/actions";
import { sql } from "./helpers/db";
import { classStudents, latestLessons, mathJournal5A } from "./helpers/journal";
import { startOwnServer, type OwnServer } from "./helpers/own-server";

const UNAVAILABLE = "Сервис временно недоступен, попробуйте через минуту";
const TOO_LARGE = /Файл больше 10 МБ/;

/** A homework the demo student may hand files in for, and its week (as in diary-files.spec.ts). */
const SUBMITTABLE = `select h.id, h.text, h."dueDate"::text as due from "Homework" h
    join "Lesson" l on l.id = h."lessonId" join "TeachingAssignment" a on a.id = l."assignmentId"
    join "ClassMembership" cm on cm."classId" = a."classId" and a."groupId" is null
    join "User" u on u.id = cm."studentId"
  where u.login = 'student' and h."acceptsSubmissions"
    and (select count(*) from "Homework" h2 join "Lesson" l2 on l2.id = h2."lessonId" where h2."dueDate" = h."dueDate" and l2."assignmentId" = l."assignmentId") = 1
  order by h."dueDate" desc limit 1`;

/** Opens the homework's «Сдать»/«Файлы» panel on its week. */
async function openSubmissionPanel(page: Page, hw: { text: string; due: string }) {
  await page.goto(`/week?week=${hw.due}`);
  const item = page.getByTestId("homework").filter({ hasText: hw.text }).first();
  await item.getByRole("button", { name: /^(Сдать|Файлы)$/ }).click();
  return item.getByTestId("submission-panel");
}

const STATIC_HEADERS: Record<string, RegExp> = {
  "x-frame-options": /^DENY$/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^no-referrer$/,
  "permissions-policy": /camera=\(\)/,
};

/** Records CSP violations and console errors of every page opened in this page's context. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    // Failed loads are checked below by URL (the favicon is not part of this spec).
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`${page.url()}: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico") && r.request().resourceType() !== "document")
      problems.push(`${r.url()}: ${r.status()}`);
  });
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  return problems;
}

async function expectSecuredPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBeLessThan(400);
  const headers = await response!.allHeaders();
  for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${path} ${name}`).toMatch(value);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  // Served over plain HTTP here (no https APP_URL): no HSTS, which would lock a school out.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  // Next's own scripts carry this request's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length, path).toBeGreaterThan(0);
  expect(
    scripts.every((n) => n === nonce),
    path,
  ).toBe(true);
  // React has hydrated: the page's scripts ran.
  await expect
    .poll(() => page.evaluate(() => Boolean(document.querySelector("body") && (window as unknown as { next?: unknown }).next)), {
      message: path,
    })
    .toBe(true);
}

// login → [SPEC IDs of its pages, the pages]
const PAGES: Record<string, [string, string[]]> = {
  student: ["OTH-1, STU-1, GRD-1, STU-5, ACC-6, ACC-7", ["/home", "/week", "/marks", "/schedule", "/attendance", "/profile", "/security"]],
  parent: ["OTH-1, GRD-1, STU-1, ACC-9", ["/home", "/marks", "/week", "/absence-notes", "/messages"]],
  teacher: ["STF-1", ["/journal", "/profile", "/settings"]],
  zavuch: ["STF-4", ["/journal", "/journal/complaints"]],
  curator: ["ADM-1, ADM-2, ADM-3, ADM-4", ["/admin", "/admin/people", "/admin/classes", "/admin/audit", "/admin/import"]],
};

test.describe("security headers", () => {
  test.describe.configure({ timeout: 180_000 });

  test("ACC-2, ACC-4, ACC-11: the sign-in, registration and reset pages carry the security headers and run under the CSP", async ({
    page,
  }) => {
    const problems = await watchCsp(page);
    for (const path of ["/login", "/register", "/forgot-password", "/reset-password?token=x", "/confirm-email?token=x"])
      await expectSecuredPage(page, path);
    // Files and route handlers carry the static headers too.
    const asset = await page.locator("script[src]").first().getAttribute("src");
    for (const url of [asset!, "/api/health"]) {
      const headers = (await page.request.get(url)).headers();
      for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${url} ${name}`).toMatch(value);
    }
    // The sign-in form (a server action) still works under the CSP.
    await signIn(page, "student");
    expect(problems).toEqual([]);
  });

  for (const [login, [ids, paths]] of Object.entries(PAGES)) {
    test(`${ids}: ${login}'s pages carry the security headers, hydrate and raise no CSP violation`, async ({ page }) => {
      const problems = await watchCsp(page);
      await signIn(page, login);
      for (const path of paths) await expectSecuredPage(page, path);
      if (login === "teacher") {
        // The journal grid: hydrated and interactive under the CSP.
        const journal = await mathJournal5A();
        await expectSecuredPage(page, `/journal/${journal.id}`);
        await expect(page.getByTestId("journal-grid")).toBeVisible();
        const [lesson] = await latestLessons(journal.id, 1);
        const [student] = await classStudents(journal.classId);
        await page.getByTestId(`cell-${student.id}-${lesson.id}`).click();
        // The cell panel is React state: it opens only if the page hydrated.
        await expect(page.getByRole("region", { name: "Выбранная ячейка" })).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }

  test("ACC-11: the sign-in page inside a frame of another page is refused", async ({ page, baseURL }) => {
    await page.goto("about:blank");
    // A frame of the page's own renders (frames work here); the app's frame is blocked.
    const frame = (id: string, attrs: Record<string, string>) =>
      page.evaluate(
        ([id, attrs]) =>
          new Promise<void>((resolve) => {
            const el = document.createElement("iframe");
            el.id = id;
            el.onload = () => resolve();
            Object.assign(el, attrs);
            document.body.append(el);
          }),
        [id, attrs] as const,
      );
    await frame("control", { srcdoc: "<p>вложенная страница</p>" });
    await expect(page.frameLocator("#control").getByText("вложенная страница")).toBeVisible();
    await frame("app", { src: `${baseURL}/login` });
    const app = await (await page.$("#app"))!.contentFrame();
    expect(app!.url()).not.toContain("/login");
    await expect(page.frameLocator("#app").getByLabel("Логин")).toHaveCount(0);
  });

  test("STU-3: a refusal by the server is shown beside the file field", async ({ page }) => {
    const [hw] = await sql<{ text: string; due: string }>(SUBMITTABLE);
    await signIn(page, "student");
    const panel = await openSubmissionPanel(page, hw);
    // The server's answer to a request over its limit (lib/http/body-limit.ts), as the browser gets it.
    await page.route("**/*", (route) =>
      route.request().method() === "POST" && route.request().headers()["next-action"]
        ? route.fulfill({
            status: 413,
            contentType: "text/plain",
            body: "Файл больше 10 МБ: за раз можно загрузить не больше 5 файлов до 10 МБ каждый",
          })
        : route.fallback(),
    );
    await panel.getByLabel(/Файлы для сдачи/).setInputFiles([{ name: "решение.txt", mimeType: "text/plain", buffer: Buffer.from("x") }]);
    await panel.getByRole("button", { name: "Загрузить" }).click();
    const field = panel.getByLabel(/Файлы для сдачи/);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const errorId = await field.getAttribute("aria-describedby");
    await expect(panel.locator(`[id="${errorId}"]`)).toHaveText(TOO_LARGE);
  });
});

// ---- A server of its own: its memory is measured alone, and its database may be stopped. ----

function rssKb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.replace(/\D+/g, ""));
}

/** POSTs a streamed body of `total` bytes (zeros, 64 KiB at a time) and stops as soon as an answer arrives. */
function streamedPost(url: string, headers: Record<string, string>, total: number) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { ...headers, "Content-Length": String(total) } }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sent });
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function signedInPage(browser: Browser, server: OwnServer, login: string) {
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  await signIn(page, login);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { page, context, cookie };
}

async function query<T extends pg.QueryResultRow>(server: OwnServer, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const storedFiles = async (server: OwnServer) =>
  Number((await query<{ n: string }>(server, `select count(*)::text as n from "StoredFile"`))[0].n);

test.describe("a server of its own", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  let server: OwnServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = await startOwnServer("pg-e2e-edge");
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test("STU-3: a 200 MB upload gets the Russian message from its length alone; memory stays flat and nothing is stored", async ({
    browser,
  }) => {
    const { page, cookie } = await signedInPage(browser, server, "student");
    // A real upload of a small file, to learn the action's id (and that uploads still work).
    const [hw] = await query<{ text: string; due: string }>(server, SUBMITTABLE);
    const panel = await openSubmissionPanel(page, hw);
    await panel.getByLabel(/Файлы для сдачи/).setInputFiles([{ name: "проба.txt", mimeType: "text/plain", buffer: Buffer.from("x") }]);
    const action = await captureAction(page, () => panel.getByRole("button", { name: "Загрузить" }).click());
    await expect(panel.getByText("Файлы загружены")).toBeVisible();
    const storedBefore = await storedFiles(server);

    const before = rssKb(server.pid);
    const result = await streamedPost(
      action.url,
      { Cookie: cookie, "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=----x", Origin: server.baseUrl },
      200 * 1024 * 1024,
    );
    const after = rssKb(server.pid);
    console.log(
      `[upload] answered ${result.status} after ${(result.sent / 1024 / 1024).toFixed(1)} MB of 200 MB sent; server RSS ${before} kB → ${after} kB (${after - before >= 0 ? "+" : ""}${after - before} kB)`,
    );
    expect(result.status).toBe(413);
    expect(result.body).toMatch(TOO_LARGE);
    // Answered from the length: far less than the body was sent, and none of it held in memory
    // (Next buffers a body it reads: the old way held up to the limit, 51 MB and more).
    expect(result.sent).toBeLessThan(50 * 1024 * 1024);
    expect(after - before).toBeLessThan(20 * 1024);
    expect(await storedFiles(server)).toBe(storedBefore);
    // The server keeps answering.
    expect((await page.goto("/week"))?.status()).toBe(200);
  });

  test("STF-1, OTH-1: the database stopped under load gives 503 with the Russian message, logged once, and the app recovers without a restart", async ({
    browser,
  }) => {
    const { page, cookie } = await signedInPage(browser, server, "teacher");
    await expect(page.getByRole("heading").first()).toBeVisible();
    const paths = ["/journal", "/profile", "/api/health"];
    const answers: { phase: "up" | "down"; status: number; retryAfter: string | null; russian: boolean }[] = [];
    let phase: "up" | "down" = "up";
    let loading = true;
    const worker = async (i: number) => {
      for (let n = i; loading; n++) {
        const started = phase;
        const res = await fetch(server.baseUrl + paths[n % paths.length], { headers: { Cookie: cookie }, redirect: "manual" }).catch(
          () => null,
        );
        if (!res) continue;
        const text = await res.text();
        answers.push({
          phase: started,
          status: res.status,
          retryAfter: res.headers.get("retry-after"),
          russian: text.includes(UNAVAILABLE),
        });
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    await expect.poll(() => answers.filter((a) => a.status === 200).length).toBeGreaterThan(8);

    await server.stopDatabase();
    phase = "down";
    await expect.poll(() => answers.filter((a) => a.phase === "down" && a.status === 503).length, { timeout: 30_000 }).toBeGreaterThan(40);
    loading = false;
    await load;

    const up = answers.filter((a) => a.phase === "up");
    const down = answers.filter((a) => a.phase === "down");
    const unavailable = answers.filter((a) => a.status === 503);
    // Anything but a page or a 503: only a request already running when the database went away.
    const other = answers.filter((a) => a.status >= 500 && a.status !== 503);
    console.log(
      `[outage] started while up: ${up.length} answers ${JSON.stringify([...new Set(up.map((a) => a.status))])}; started after the stop: ${down.length}, ${down.filter((a) => a.status === 503).length} × 503; bare errors: ${JSON.stringify(other.map((a) => a.status))}`,
    );
    expect(up.filter((a) => a.status === 200).length).toBeGreaterThan(8);
    expect(down.filter((a) => a.status !== 503).length).toBeLessThanOrEqual(4);
    for (const a of unavailable) {
      expect(a.retryAfter).toBe("30");
      expect(a.russian).toBe(true);
    }
    expect(other.length).toBeLessThanOrEqual(4);

    // A person sees the Russian page with the status.
    const shown = await page.goto("/journal");
    expect(shown?.status()).toBe(503);
    expect(shown?.headers()["retry-after"]).toBe("30");
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toBeVisible();
    const log = server.log();
    expect(log.match(/\[db\] the database is unreachable/g) ?? []).toHaveLength(1);
    const stackLines = (log.match(/^\s+at /gm) ?? []).length;
    console.log(`[outage] stack lines in the server log: ${stackLines}`);
    expect(stackLines).toBeLessThan(100);

    await server.startDatabase();
    await expect.poll(async () => (await page.goto("/journal"))?.status(), { timeout: 30_000, intervals: [500] }).toBe(200);
    await expect(page.getByRole("heading", { name: UNAVAILABLE })).toHaveCount(0);
    expect(server.log()).toContain("[db] the database is reachable again");
  });
});
