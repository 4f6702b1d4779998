// The family on a phone (issue 15), at 375 px in the "phone" project (touch, mobile): a mark's
// comment in a popover (STU-1, GRD-1), /marks as a wrapping list with dates and weights (GRD-1),
// tap targets of every family page, the skip link, page titles, the bottom menu, and the
// teacher's grid opening on today (STF-1, STF-2).
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { mathJournal5A } from "./helpers/journal";
import { DIARY_SECTIONS } from "../lib/access/matrix";

const WIDTH = 375;
test.use({ viewport: { width: WIDTH, height: 740 } });
test.beforeEach(() => test.skip(test.info().project.name !== "phone", "phone project only"));
test.describe.configure({ timeout: 180_000 });

const iso = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

async function expectInsideViewport(page: Page, selector: ReturnType<Page["locator"]>) {
  const box = (await selector.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test("STU-1: a mark's comment opens on tap inside the viewport; Esc and a tap elsewhere close it, focus stays on the mark @phone", async ({
  page,
}) => {
  const [mark] = await sql<{ comment: string; date: Date }>(
    `select m.comment, l.date from "Mark" m join "Lesson" l on l.id = m."lessonId" join "User" u on u.id = m."studentId"
     where u.login = 'student' and m.comment is not null and m.journal = 'MAIN' order by l.date desc limit 1`,
  );
  await signIn(page, "student");
  await page.goto(`/week?week=${iso(mark.date)}`);
  const day = page.locator(`[data-testid="week-day"][data-date="${iso(mark.date)}"]`);
  const button = day.getByTestId("mark-with-note").filter({ hasText: /./ }).first();
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  const note = page.getByRole("note").filter({ hasText: mark.comment });
  await expect(note).toBeVisible();
  await expectInsideViewport(page, note);

  await page.keyboard.press("Escape");
  await expect(note).toBeHidden();
  expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

  await button.tap();
  await expect(note).toBeVisible();
  await page.touchscreen.tap(WIDTH / 2, 5);
  await expect(note).toBeHidden();
});

test("GRD-1, STU-1: on /marks a comment in the marks list is not clipped and Enter opens it @phone", async ({ page }) => {
  await signIn(page, "student");
  await page.goto("/marks");
  const button = page.getByTestId("marks-table").getByTestId("mark-with-note").last();
  await button.scrollIntoViewIfNeeded();
  await button.focus();
  await page.keyboard.press("Enter");
  const note = page.locator(":popover-open");
  await expect(note).toHaveCount(1);
  await expectInsideViewport(page, note);
  await page.keyboard.press("Escape");
  await expect(note).toHaveCount(0);
});

test("GRD-1: on a phone /marks shows every mark of every subject on wrapping lines with its date, and the weights @phone", async ({
  page,
}) => {
  await signIn(page, "student");
  await page.goto("/marks");
  const rows = page.getByTestId("marks-table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(3);
  let marks = 0;
  for (const row of await rows.all()) {
    const strip = row.getByTestId("mark-strip");
    if ((await strip.count()) === 0) continue;
    // Nothing hides sideways: the strip does not scroll and every mark lies inside the screen.
    expect(await strip.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const cells = strip.locator(":scope > span");
    const n = await cells.count();
    for (let i = 0; i < n; i++) {
      const box = (await cells.nth(i).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
      await expect(cells.nth(i)).toContainText(/\d{2}\.\d{2}/);
    }
    await expect(row).toContainText(`Отметок:${n}`);
    marks += n;
  }
  expect(marks).toBeGreaterThan(10);
  // The weights: every mark whose weight is not 1 carries «×N», and the legend explains it.
  const weighted = page.getByTestId("marks-table").locator("[data-weight]");
  const count = await weighted.count();
  expect(count).toBeGreaterThan(0);
  for (const el of (await weighted.all()).slice(0, 5)) {
    const w = await el.getAttribute("data-weight");
    await expect(el).toContainText(`×${w}`);
    await expect(el).toHaveAttribute("aria-label", new RegExp(`вес ${w}`));
  }
  await expect(page.getByTestId("weight-legend")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

/**
 * The family's tap targets: every visible link, button and summary is at least 40×40 px, or —
 * WCAG 2.5.8's spacing rule at 40 px — a 40 px circle on its centre touches no other target.
 * Links inside a sentence are exempt, as in WCAG.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    // A checkbox or radio is tapped through its label, so the label is the target.
    const targets = [
      ...document.querySelectorAll<HTMLElement>("a[href], button, summary, select, input[type=checkbox], input[type=radio]"),
    ].map((el) => (el.matches("input[type=checkbox], input[type=radio]") && el.closest("label")) || el);
    const els = targets.filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest("[popover]:not(:popover-open), [inert]")) return false;
      if (getComputedStyle(el).visibility === "hidden") return false;
      // The skip link is off-screen until focused.
      if (el.classList.contains("sr-only")) return false;
      const inSentence = getComputedStyle(el).display === "inline" && el.parentElement?.tagName === "P";
      return !inSentence;
    });
    const boxes = els.map((el) => el.getBoundingClientRect());
    const out: string[] = [];
    els.forEach((el, i) => {
      const b = boxes[i];
      if (b.width >= min - 0.5 && b.height >= min - 0.5) return;
      const cx = b.left + b.width / 2;
      const cy = b.top + b.height / 2;
      const clash = boxes.some((o, j) => {
        if (j === i || els[j].contains(el) || el.contains(els[j])) return false;
        const nx = Math.max(o.left, Math.min(cx, o.right));
        const ny = Math.max(o.top, Math.min(cy, o.bottom));
        return Math.hypot(nx - cx, ny - cy) < min / 2;
      });
      if (clash)
        out.push(
          `${el.tagName.toLowerCase()} «${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 30)}» ${Math.round(b.width)}×${Math.round(b.height)}`,
        );
    });
    return out;
  }, 40);
}

for (const login of ["student", "parent"] as const) {
  const kind = login === "student" ? "student" : "parent";
  const sections = DIARY_SECTIONS.filter((s) => s[kind] && s.personalNotes !== true);
  test(`${sections
    .map((s) => s.spec)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(", ")}: every link and button of the ${login}'s pages is a 40 px tap target @phone`, async ({ page }) => {
    test.setTimeout(400_000);
    await signIn(page, login);
    for (const s of [...sections.map((x) => x.path), "/profile", "/security", "/settings"]) {
      await page.goto(s);
      await expect(page.locator("main h1").first()).toBeVisible();
      expect.soft(await smallTargets(page), s).toEqual([]);
    }
  });
}

test("ACC-10: the bottom bar holds the main sections and «Ещё» opens every section over the page @phone", async ({ page }) => {
  await signIn(page, "parent");
  await page.goto("/week");
  const bar = page.getByRole("navigation", { name: "Основные разделы" });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("link", { name: "Неделя" })).toHaveAttribute("aria-current", "page");
  // The page's heading is on the first screen: no menu above it.
  const h1 = (await page.locator("main h1").first().boundingBox())!;
  expect(h1.y).toBeLessThan(200);
  await bar.getByRole("button", { name: "Ещё" }).tap();
  const menu = page.getByRole("navigation", { name: "Все разделы дневника" });
  await expect(menu).toBeVisible();
  await menu.getByRole("link", { name: "Посещаемость" }).tap();
  await expect(page).toHaveURL(/\/attendance/);
  await expect(menu).toBeHidden();
});

test("ACC-10: the first tab stop is «Перейти к содержимому», which moves focus to the page's content @phone", async ({ page }) => {
  await signIn(page, "parent");
  await page.goto("/marks");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Перейти к содержимому" });
  await expect(skip).toBeFocused();
  await expectInsideViewport(page, skip);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is inside the page, not in the header or the menu.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

test("OTH-1, STU-1, GRD-1: every family page has its own title «Раздел — Электронный дневник» and the site has an icon @phone", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, "parent");
  const seen = new Map<string, string>();
  for (const s of DIARY_SECTIONS.filter((x) => x.parent && x.personalNotes !== true)) {
    await page.goto(s.path);
    const title = await page.title();
    expect.soft(title, s.path).toBe(`${s.title} — Электронный дневник`);
    expect.soft(seen.get(title), `${s.path} repeats the title of ${seen.get(title)}`).toBeUndefined();
    seen.set(title, s.path);
  }
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
});

test("STF-1, STF-2: the teacher's grid opens on today with names and dates sticky; the cell's details open as a dialog and Esc returns to the cell @phone", async ({
  page,
}) => {
  const journal = await mathJournal5A();
  const [last] = await sql<{ id: string; date: string }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date from "Lesson" l where l."assignmentId" = $1 and l.date <= current_date
      order by l.date desc, l.number desc limit 1`,
    [journal.id],
  );
  await signIn(page, "teacher");
  await page.goto(`/journal/${journal.id}`);
  const scroller = page.getByTestId("grid-scroller");
  const header = page.locator(`th[data-date="${last.date}"]`).last();
  await expect(header).toBeVisible();
  // The last lesson up to today is on screen without scrolling, and the grid was scrolled to it.
  await expect.poll(async () => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const box = (await header.boundingBox())!;
  const area = (await scroller.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(area.x);
  expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
  // Sticky: the names stay at the left edge, the dates at the top after scrolling down.
  const nameCell = page.getByTestId("journal-grid").locator("tbody tr").first().locator("td").first();
  expect(Math.round((await nameCell.boundingBox())!.x)).toBeLessThanOrEqual(Math.round(area.x) + 1);
  await scroller.evaluate((el) => el.scrollBy(0, 300));
  expect(Math.round((await header.boundingBox())!.y)).toBeLessThanOrEqual(Math.round(area.y) + 2);

  const cell = page.locator(`input[data-testid$="-${last.id}"]`).first();
  await cell.tap();
  await page.getByRole("button", { name: /комментарий, история, замечание/ }).tap();
  const dialog = page.getByRole("dialog", { name: "Выбранная ячейка" });
  await expect(dialog).toBeVisible();
  await expectInsideViewport(page, dialog);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
});

test("ADM-4: the audit log reads in Russian words on a phone, with no codes or JSON @phone", async ({ page }) => {
  // A fixture row as the journal writes it (lib/actions/journal-cell.ts), dated now so that it leads the log.
  const comment = `Устный ответ ${Date.now()}`;
  await sql(
    `insert into "AuditLog" (id, "schoolId", "actorId", action, entity, "entityId", before, after, "createdAt")
     select 'e2e-audit-' || md5(random()::text), u."schoolId", t.id, 'mark.update', 'Mark', 'x/y/MAIN', $1::jsonb, $2::jsonb, now()
       from "User" u, "User" t where u.login = 'curator' and t.login = 'teacher'`,
    [JSON.stringify({ value: "4", comment: null, version: 1 }), JSON.stringify({ value: "5", comment, version: 2 })],
  );
  await signIn(page, "curator");
  await page.goto("/admin/audit");
  const row = page.getByTestId("audit-table").locator("tbody tr", { hasText: comment });
  await expect(row).toContainText("Исправлена оценка");
  await expect(row).toContainText(`было: оценка: 4 → стало: оценка: 5, комментарий: ${comment}`);
  const text = await page.getByTestId("audit-table").innerText();
  // No recorded action code anywhere (a file name such as «отчёт.pdf» in the details is fine).
  expect(text).not.toMatch(
    /\b(mark|finalMark|attendance|lesson|homework|remark|submission|complaint|import|invite|user|parent|school|class|subject|staff|assignment|timetable)\.[a-zA-Z]+/,
  );
  expect(text).not.toContain("{");
});
