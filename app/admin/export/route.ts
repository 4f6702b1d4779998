// ADM-3: the school's people as .xlsx, for the curator of that school only. SheetJS is used only
// to write: its parser has known vulnerabilities and never reads uploads (lib/import/table.ts).
import * as XLSX from "xlsx";
import { getViewer } from "@/lib/auth/viewer";
import { getPeopleForExport } from "@/lib/data/admin-export";

export async function GET() {
  const viewer = await getViewer();
  // A curator who must first change the password (ACC-5) gets nothing either: pages are held
  // back by the layout, a file download has to check it itself.
  if (!viewer || !viewer.roles.includes("CURATOR") || viewer.mustChangePassword) return new Response("Не найдено.", { status: 404 });
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
