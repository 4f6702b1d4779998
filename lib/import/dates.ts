// Birth dates as schools write them in spreadsheets: 15.03.2014, 15/03/2014, 2014-03-15, an
// Excel serial number (days since 1899-12-30), or a Date cell read by exceljs.
import { isIsoDate, type IsoDate } from "@/lib/time/dates";

const pad = (n: number) => String(n).padStart(2, "0");

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : null;
}

/** The date, or null when the value is not a real date in a usual format. */
export function parseImportDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "number") return fromSerial(value);
  if (typeof value !== "string") return null;
  const s = value.trim();
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4,5}(?:\.0+)?$/.test(s)) return fromSerial(Number(s));
  return null;
}

function fromSerial(n: number): IsoDate | null {
  // 1900-01-01 … 2100-12-31; Excel's day 60 (29.02.1900) does not exist, hence the 1899-12-30 epoch.
  if (!Number.isFinite(n) || n < 1 || n > 73415) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
