// The one .xlsx writer of the app (the family's marks GRD-1, the curator's people ADM-3): typed
// cells (numbers as numbers, dates as dates), column widths, a bold frozen header, text that a
// spreadsheet will not run as a formula, and a download name in Cyrillic (RFC 5987).
import ExcelJS from "exceljs";

export type CellValue = string | number | Date | null | undefined;

export type Column = {
  header: string;
  /** Characters; by default from the longest value (8…60). */
  width?: number;
  /** Number format, e.g. "0.00"; dates get "dd.mm.yyyy" unless given. */
  numFmt?: string;
};

export type SheetSpec = {
  name: string;
  /** A line above the header (e.g. whose marks, which period), followed by an empty line. */
  title?: string;
  columns: Column[];
  rows: CellValue[][];
};

// A text starting with one of these is taken for a formula when it is typed or edited in Excel
// or LibreOffice (OWASP "CSV injection"; tab and carriage return for the same reason).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that stays text: a leading apostrophe is Excel's own mark for "this is text", so editing
 * the cell keeps it text instead of running it.
 */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const DATE_FORMAT = "dd.mm.yyyy";

function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") return safeText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

function displayLength(value: CellValue): number {
  if (value instanceof Date) return DATE_FORMAT.length;
  if (value === null || value === undefined) return 0;
  return String(value).length;
}

export async function writeWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    if (spec.title) {
      sheet.addRow([safeText(spec.title)]).font = { bold: true, size: 13 };
      sheet.addRow([]);
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    // The header stays in view while scrolling.
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: header.number }];
    for (const row of spec.rows) {
      const added = sheet.addRow(row.map(cellValue));
      row.forEach((value, i) => {
        const format = spec.columns[i]?.numFmt ?? (value instanceof Date ? DATE_FORMAT : undefined);
        if (format) added.getCell(i + 1).numFmt = format;
      });
    }
    spec.columns.forEach((c, i) => {
      const longest = Math.max(c.header.length, ...spec.rows.map((r) => displayLength(r[i])));
      sheet.getColumn(i + 1).width = c.width ?? Math.min(60, Math.max(8, longest + 2));
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A file name safe on every system: no path separators, quotes or control characters. */
function cleanFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** attachment; filename="<ascii>"; filename*=UTF-8''<the real name> (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(cleanFileName(fileName)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function xlsxResponse(bytes: Uint8Array, fileName: string, asciiFallback: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(fileName, asciiFallback),
      "Cache-Control": "private, no-store",
    },
  });
}

/** An ISO date (YYYY-MM-DD) as the Date that Excel shows as that day. */
export function excelDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
