// Sample import files built in the tests themselves: an .xlsx written with exceljs (with real
// date cells and an Excel serial number) and a Windows-1251 CSV, as Russian schools produce them.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export type SampleRow = (string | number | Date | null)[];

export const IMPORT_HEADER = ["ФИО ученика", "Дата рождения", "Класс", "ФИО родителя", "E-mail родителя"];

export async function sampleXlsx(rows: SampleRow[], header = IMPORT_HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ученики");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(2).numFmt = "dd.mm.yyyy";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sampleCsv1251(rows: SampleRow[], sep = ";", header = IMPORT_HEADER): Buffer {
  const text = [header, ...rows].map((r) => r.map((c) => (c == null ? "" : String(c))).join(sep)).join("\r\n");
  return iconv.encode(text, "win1251");
}
