// ADM-3: the school's people as .xlsx, for the curator of that school only.
import { getViewer } from "@/lib/auth/viewer";
import { getPeopleForExport } from "@/lib/data/admin-export";
import { writeWorkbook, xlsxResponse } from "@/lib/export/xlsx";

export async function GET() {
  const viewer = await getViewer();
  // A curator who must first change the password (ACC-5) gets nothing either: pages are held
  // back by the layout, a file download has to check it itself.
  if (!viewer || !viewer.roles.includes("CURATOR") || viewer.mustChangePassword) return new Response("Не найдено.", { status: 404 });
  const people = await getPeopleForExport(viewer);
  const bytes = await writeWorkbook([
    {
      name: "Люди",
      columns: [{ header: "ФИО" }, { header: "Роли" }, { header: "Класс" }, { header: "Дата рождения" }, { header: "E-mail" }, { header: "Логин" }, { header: "Зарегистрирован" }, { header: "Дети" }],
      rows: people.map((p) => [p.name, p.roles, p.classes, p.birthDate, p.email, p.login, p.registered, p.children]),
    },
  ]);
  const date = new Date().toISOString().slice(0, 10);
  return xlsxResponse(bytes, `Люди — ${viewer.school.shortName} — ${date}.xlsx`, `people-${date}.xlsx`);
}
