// The .xlsx writer (lib/export/xlsx.ts), read back with exceljs as Excel would see the file.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { contentDisposition, excelDate, safeText, writeWorkbook } from "@/lib/export/xlsx";

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

describe("writeWorkbook", () => {
  it("GRD-1: numbers stay numbers, dates are dates, formula-like text stays text", async () => {
    const bytes = await writeWorkbook([
      {
        name: "Отметки",
        title: "Соколов Артём, 5А — 1 четверть",
        columns: [
          { header: "Предмет" },
          { header: "Дата" },
          { header: "Отметка" },
          { header: "Средний", numFmt: "0.00" },
          { header: "Комментарий", width: 40 },
        ],
        rows: [
          ["Математика", excelDate("2026-09-14"), 5, 4.67, '=HYPERLINK("http://evil.example","жми")'],
          ["+Физика", excelDate("2026-09-15"), "4/5", null, "-1+2"],
          ["@SUM(A1)", null, "зч", 3, "обычный текст"],
        ],
      },
    ]);
    const sheet = (await readBack(bytes)).getWorksheet("Отметки")!;
    expect(sheet.getCell("A1").value).toBe("Соколов Артём, 5А — 1 четверть");
    expect(sheet.getRow(3).values).toEqual([undefined, "Предмет", "Дата", "Отметка", "Средний", "Комментарий"]);

    const first = sheet.getRow(4);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect((first.getCell(2).value as Date).toISOString().slice(0, 10)).toBe("2026-09-14");
    expect(first.getCell(2).numFmt).toBe("dd.mm.yyyy");
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(3).value).toBe(5);
    expect(first.getCell(4).value).toBe(4.67);
    expect(first.getCell(4).numFmt).toBe("0.00");

    // Text that would be a formula once edited keeps Excel's text mark; nothing is a formula.
    expect(first.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(5).value).toBe('\'=HYPERLINK("http://evil.example","жми")');
    expect(sheet.getCell("A5").value).toBe("'+Физика");
    expect(sheet.getCell("E5").value).toBe("'-1+2");
    expect(sheet.getCell("C5").value).toBe("4/5");
    expect(sheet.getCell("A6").value).toBe("'@SUM(A1)");
    expect(sheet.getCell("E6").value).toBe("обычный текст");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("GRD-1: a bold header row frozen in view, and columns wide enough for their text", async () => {
    const long = "Очень длинное название предмета";
    const bytes = await writeWorkbook([
      { name: "Сводка", columns: [{ header: "Предмет" }, { header: "Отметки", width: 60 }, { header: "Вес" }], rows: [[long, "5; 4", 2]] },
    ]);
    const sheet = (await readBack(bytes)).getWorksheet("Сводка")!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(long.length + 2);
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getColumn(3).width).toBe(8);
  });

  it("freezes below the header when a title line comes first", async () => {
    const bytes = await writeWorkbook([{ name: "S", title: "Заголовок", columns: [{ header: "A" }], rows: [["x"]] }]);
    const sheet = (await readBack(bytes)).getWorksheet("S")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getCell("A3").font?.bold).toBe(true);
  });
});

describe("safeText", () => {
  it("marks every formula start and nothing else", () => {
    for (const s of ["=1+1", "+7 900", "-5", "@cmd", "\tx", "\rx"]) expect(safeText(s)).toBe(`'${s}`);
    for (const s of ["5", "Математика", " =1", "4/5", ""]) expect(safeText(s)).toBe(s);
  });
});

describe("contentDisposition", () => {
  it("GRD-1: names the child and the period in UTF-8, with an ASCII fallback", () => {
    const header = contentDisposition("Отметки — Соколов Артём — 1 четверть.xlsx", "marks-abc123-2026-09-01.xlsx");
    expect(header).toContain('filename="marks-abc123-2026-09-01.xlsx"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1];
    expect(decodeURIComponent(encoded)).toBe("Отметки — Соколов Артём — 1 четверть.xlsx");
    expect(encoded).not.toMatch(/[^A-Za-z0-9%._~-]/);
  });

  it("drops path separators and quotes from the name", () => {
    const header = contentDisposition('a/b\\c"d.xlsx', 'x"y.xlsx');
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1])).toBe("a b c d.xlsx");
    expect(header).toContain('filename="x_y.xlsx"');
  });
});
