// ADM-3: the school's people as .xlsx, for the curator of that school only. SheetJS is used only
// to write: its parser has known vulnerabilities and never reads uploads (lib/import/table.ts).
import * as XLSX from "xlsx";
import { guardRoute } from "@/lib/access/route-guard";
import { getPeopleForExport } from "@/lib/data/admin-export";

export async function GET() {
  const viewer = await guardRoute("admin");
  if (viewer instanceof Response) return viewer;
  const rows = await getPeopleForExport(viewer);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(rows), "Люди");
  const body: Buffer = XLSX.write(wb, { type: "buffer", bookType: "xlsx" });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="people-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(`люди-${date}.xlsx`)}`,
      "Cache-Control": "no-store",
    },
  });
}
