// Accessibility (issue 15): axe finds no serious or critical violation on any page of any role,
// at 1280 and at 375 px; and the journal grid and the marks page work from the keyboard.
// The diary's routes come from the visibility matrix (lib/access/matrix.ts), the staff and
// curator pages from their own menus, so that a new page is walked without editing this file.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { mathJournal5A } from "./helpers/journal";
import { DIARY_SECTIONS } from "../lib/access/matrix";

test.describe.configure({ mode: "parallel" });

const WIDTHS = [1280, 375] as const;
const ACCOUNT = ["/profile", "/security", "/settings"];
const SIGNED_OUT = ["/login", "/register", "/forgot-password", "/reset-password", "/confirm-email"];

/** Serious and critical violations of one page, one line each (rule, count, first target). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target.join(" ")} — ${v.help}`);
}

async function walk(page: Page, paths: string[]) {
  for (const path of paths) {
    await test.step(path, async () => {
      const res = await page.goto(path);
      expect.soft(res?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("load");
      expect.soft(await violations(page), path).toEqual([]);
    });
  }
}

/** Links on a page that match a pattern: the first of each distinct shape (ids replaced). */
async function firstLinks(page: Page, from: string, pattern: RegExp): Promise<string[]> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const byShape = new Map<string, string>();
  for (const h of hrefs.filter((h) => pattern.test(h))) {
    const shape = h.replace(/\/[a-z0-9-]{20,}/g, "/:id").split("?")[0];
    if (!byShape.has(shape)) byShape.set(shape, h);
  }
  return [...byShape.values()];
}

const diaryPaths = (kind: "student" | "parent") =>
  DIARY_SECTIONS.filter((s) => s[kind] && s.personalNotes !== true).flatMap((s) =>
    s.id === "marks" ? [s.path, "/marks/print"] : [s.path],
  );

// The title names only the sections that have landed; the placeholders are walked too, but a
// placeholder page proves nothing of its feature (docs/landed-spec-ids.md).
const specIds = (kind: "student" | "parent") =>
  [...new Set(DIARY_SECTIONS.filter((s) => s[kind] && s.ready).map((s) => s.spec))].join(", ");

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 740 : 800 } });
    test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "the widths are set here"));

    for (const login of ["student", "parent"] as const) {
      test(`ACC-10, ${specIds(login)}: every page of the ${login} has no serious or critical axe violation at ${width} px`, async ({
        page,
      }) => {
        test.setTimeout(600_000);
        await signIn(page, login);
        await walk(page, [...diaryPaths(login), ...ACCOUNT]);
      });
    }

    for (const login of ["teacher", "zavuch", "director", "psychologist"] as const) {
      test(`ACC-10, STF-1, STF-2, STF-4: every journal page of the ${login} has no serious or critical axe violation at ${width} px`, async ({
        page,
      }) => {
        test.setTimeout(600_000);
        await signIn(page, login);
        const more = await firstLinks(page, "/journal", /^\/journal\//);
        await walk(page, ["/journal", ...more, ...ACCOUNT]);
      });
    }

    test(`ACC-10, ADM-1, ADM-2, ADM-3, ADM-4: every curator page has no serious or critical axe violation at ${width} px`, async ({
      page,
    }) => {
      test.setTimeout(600_000);
      await signIn(page, "curator");
      await page.goto("/admin");
      const menu = await page
        .locator("nav a[href^='/admin']")
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href") ?? ""))]);
      const classes = await firstLinks(page, "/admin/classes", /^\/admin\/classes\/[^/?]+$/);
      const people = await firstLinks(page, "/admin/people", /^\/admin\/people\/[^/?]+$/);
      await walk(page, [...new Set(["/admin", ...menu, ...classes.slice(0, 1), ...people.slice(0, 1), ...ACCOUNT])]);
    });

    test(`ACC-2, ACC-4, ACC-11: the sign-in pages have no serious or critical axe violation at ${width} px`, async ({ page }) => {
      test.setTimeout(300_000);
      await walk(page, SIGNED_OUT);
    });
  });
}

test("STF-1, STF-2: the journal grid works from the keyboard — arrows move between cells, Shift+Enter brings the cell panel, Esc keeps the cell", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "desktop", "desktop grid");
  const journal = await mathJournal5A();
  const lessons = await sql<{ id: string }>(
    `select l.id from "Lesson" l where l."assignmentId" = $1 and l.date <= current_date order by l.date desc, l.number desc limit 2`,
    [journal.id],
  );
  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  const first = page.locator(`input[data-testid$="-${lessons[1].id}"]`).first();
  await first.focus();
  const row = await first.getAttribute("data-row");
  const col = Number(await first.getAttribute("data-col"));
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(`input[data-row="${Number(row) + 1}"][data-col="${col}"]`)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(`input[data-row="${Number(row) + 1}"][data-col="${col + 1}"]`)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(first).toBeFocused();
  // The panel beside the grid names the focused cell; Shift+Enter moves focus into it.
  const panel = page.getByTestId("cell-panel");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Shift+Enter");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="cell-panel"]')))).toBe(true);
  // The date headers are buttons named by their visible date.
  const header = page.getByTestId("journal-grid").locator("thead button").first();
  await expect(header).toHaveAccessibleName(/^Урок \d{2}\.\d{2}, \d+-й: тема и задание$/);
});

test("GRD-1: the marks page works from the keyboard — a subject opens its dates, a commented mark opens and closes its note", async ({
  page,
}) => {
  test.skip(test.info().project.name !== "desktop", "desktop layout");
  await signIn(page, "student");
  await page.goto("/marks");
  const row = page.getByTestId("marks-table").locator("tbody tr").first();
  await row.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("list", { name: /Даты уроков/ })).toBeVisible();
  // The marks strip takes focus, so that a keyboard can scroll it.
  const strip = page.getByTestId("mark-strip").first();
  await strip.focus();
  await expect(strip).toBeFocused();
  const mark = page.getByTestId("marks-table").getByTestId("mark-with-note").first();
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(":popover-open")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.locator(":popover-open")).toHaveCount(0);
  await expect(mark).toBeFocused();
});
