// GRD-1 «Текущие отметки»: the period switch, a subject's dates, the calculator, the print view
// and the Excel file with the same numbers; and the export's guard.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./helpers/auth";
import { otherFamilyChild, userByLogin } from "./helpers/db";

test("GRD-1: current marks switch periods and open a subject's lesson dates", async ({ page }) => {
  await signIn(page, "student");
  await page.goto("/marks");
  await expect(page.getByRole("heading", { name: "Текущие отметки" })).toBeVisible();
  const switcher = page.getByRole("navigation", { name: "Учебный период" });
  const current = switcher.locator("[aria-current=page]");
  await expect(current).toHaveCount(1);
  const currentName = await current.textContent();
  const first = switcher.getByRole("link").first();
  const firstName = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/period=/);
  await expect(switcher.locator("[aria-current=page]")).toHaveText(firstName!);
  expect(firstName).not.toBe(currentName);

  const row = page.getByTestId("marks-table").locator("tbody tr").first();
  await row.locator("summary").click();
  await expect(
    row
      .getByRole("list", { name: /Даты уроков/ })
      .getByRole("listitem")
      .first(),
  ).toHaveText(/\d{2}\.\d{2}/);
  await row.getByLabel("Желаемый средний балл").fill("5");
  await expect(row.getByTestId("calculator-result")).toHaveText(/«5»|уже достигнут|не достичь/);
  await row.getByLabel("Желаемый средний балл").fill("7");
  await expect(row.getByTestId("calculator-result")).toContainText("Введите средний балл от 2 до 5");
});

test("GRD-1: the print view and the Excel export show the page's averages", async ({ page }) => {
  await signIn(page, "student");
  await page.goto("/marks");
  const shown = new Map<string, string>();
  for (const tr of await page.getByTestId("marks-table").locator("tbody tr").all()) {
    shown.set((await tr.getAttribute("data-subject"))!, (await tr.getByTestId("average").textContent())!.trim());
  }
  expect(shown.size).toBeGreaterThan(3);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Экспорт в Excel" }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet("Сводка")!;
  let compared = 0;
  sheet.eachRow((r, n) => {
    if (n <= 3) return;
    const subject = String(r.getCell(1).value);
    const avg = r.getCell(2).value;
    const expected = shown.get(subject);
    expect(expected, subject).toBeDefined();
    expect(avg === null ? "—" : Number(avg).toFixed(2).replace(".", ",")).toBe(expected);
    compared++;
  });
  expect(compared).toBe(shown.size);
  expect(book.getWorksheet("Отметки")!.getRow(1).getCell(4).value).toBe("Вес");

  await page.getByRole("link", { name: "Печать" }).click();
  await expect(page.getByTestId("print-view")).toBeVisible();
  await expect(page.getByRole("button", { name: "Распечатать" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  const first = [...shown][0];
  await expect(page.getByTestId("print-view").locator(`tr[data-subject="${first[0]}"]`).getByTestId("average")).toHaveText(first[1]);
});

test("GRD-1, ACC-9: the export answers only for the viewer's own child", async ({ page, context }) => {
  const stranger = await otherFamilyChild();
  const own = await userByLogin("student");
  await signIn(page, "parent");
  await context.addCookies([{ name: "active_child", value: stranger.id, url: page.url() }]);
  const res = await page.request.get("/marks/export");
  expect(res.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const title = String(book.getWorksheet("Сводка")!.getCell("A1").value);
  expect(title).toContain(own.lastName);
  expect(title).not.toContain(stranger.lastName);
});

test("GRD-1, ACC-10: staff and strangers get no export", async ({ page, request }) => {
  const anonymous = await request.get("/marks/export", { maxRedirects: 0 });
  expect([302, 303, 307, 401, 404]).toContain(anonymous.status());
  expect(anonymous.headers()["content-type"] ?? "").not.toContain("spreadsheet");
  await signIn(page, "teacher");
  const res = await page.request.get("/marks/export", { maxRedirects: 0 });
  expect(res.headers()["content-type"] ?? "").not.toContain("spreadsheet");
  expect([302, 303, 307, 404]).toContain(res.status());
});

test("GRD-1: each child's Excel file is named after the child and the period, with marks as numbers, dates as dates and a frozen bold header", async ({
  page,
}) => {
  const children = [await userByLogin("student"), await userByLogin("student9")];
  await signIn(page, "parent");
  const names: string[] = [];
  for (const child of children) {
    await page.goto(`/marks?child=${child.id}`);
    const res = await page.request.get("/marks/export");
    expect(res.status()).toBe(200);
    const disposition = res.headers()["content-disposition"] ?? "";
    const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? "");
    expect(name).toContain(`${child.lastName} ${child.firstName}`);
    expect(name).toMatch(/(четверть|полугодие|триместр).*\.xlsx$/i);
    names.push(name);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const marks = book.getWorksheet("Отметки")!;
    expect(marks.getRow(1).getCell(1).value).toBe("Предмет");
    expect(marks.getCell("A1").font?.bold).toBe(true);
    expect(marks.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(marks.getColumn(1).width).toBeGreaterThan(8);
    let numeric = 0;
    marks.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Date);
      const value = row.getCell(3).value;
      if (typeof value === "number") numeric++;
      else expect(String(value)).not.toMatch(/^[1-5]$/);
      expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    });
    expect(numeric).toBeGreaterThan(0);
    const summary = book.getWorksheet("Сводка")!;
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    summary.eachRow((row, n) => {
      if (n > 3 && row.getCell(2).value !== null) expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    });
  }
  expect(names[0]).not.toBe(names[1]);
});
