// Reads an uploaded .xlsx or .csv into rows of cells, never more than MAX_IMPORT_ROWS, so that a
// 50,000-row file costs bounded memory and gets a clear message. .xlsx goes through exceljs's
// streaming reader (not SheetJS's parser, which has known vulnerabilities).
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { decodeText, parseCsv } from "./csv";

export type Cell = string | number | Date | null;

/** Data rows one import may hold (a whole school fits; a larger file should be split by class). */
export const MAX_IMPORT_ROWS = 3000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type TableResult = { ok: true; rows: Cell[][] } | { ok: false; message: string };

const tooMany = `В файле больше ${MAX_IMPORT_ROWS} строк. Разделите его на части (например, по классам) и загрузите по очереди.`;
const notTable = "Файл не похож на таблицу. Загрузите .xlsx или .csv с заголовками в первой строке.";

export async function readTable(bytes: Uint8Array, fileName: string): Promise<TableResult> {
  if (bytes.length === 0) return { ok: false, message: "Файл пустой." };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: "Файл больше 10 МБ. Разделите его на части." };
  const lower = fileName.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (lower.endsWith(".xlsx") || isZip) {
    if (!isZip) return { ok: false, message: notTable };
    return readXlsx(bytes);
  }
  if (lower.endsWith(".xls")) return { ok: false, message: "Старый формат .xls не поддерживается: сохраните файл как .xlsx или .csv." };
  if (bytes.includes(0)) return { ok: false, message: notTable };
  const { rows, truncated } = parseCsv(decodeText(bytes), MAX_IMPORT_ROWS + 1);
  if (truncated) return { ok: false, message: tooMany };
  if (rows.length < 2 || rows[0].length < 2) return { ok: false, message: notTable };
  return { ok: true, rows };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
  }
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  const rows: Cell[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = Array.from(values, (v) => cellValue((v ?? null) as ExcelJS.CellValue));
        if (cells.every((c) => c === null || String(c).trim() === "")) continue;
        rows.push(cells);
        if (rows.length > MAX_IMPORT_ROWS + 1) return { ok: false, message: tooMany };
      }
      break; // the first sheet only
    }
  } catch {
    return { ok: false, message: notTable };
  }
  if (rows.length < 2) return { ok: false, message: notTable };
  return { ok: true, rows };
}
