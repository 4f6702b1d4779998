// ADM-3: the school's people as .xlsx, for the curator of that school only.
import { guardRoute } from "@/lib/access/route-guard";
import { getPeopleForExport } from "@/lib/data/admin-export";
import { writeWorkbook, xlsxResponse } from "@/lib/export/xlsx";

export async function GET() {
  // The admin area is the curator's; a forced password change (ACC-5) gets a 404 too.
  const viewer = await guardRoute("admin");
  if (viewer instanceof Response) return viewer;
  const people = await getPeopleForExport(viewer);
  const bytes = await writeWorkbook([
    {
      name: "Люди",
      columns: [
        { header: "ФИО" },
        { header: "Роли" },
        { header: "Класс" },
        { header: "Дата рождения" },
        { header: "E-mail" },
        { header: "Логин" },
        { header: "Зарегистрирован" },
        { header: "Дети" },
      ],
      rows: people.map((p) => [p.name, p.roles, p.classes, p.birthDate, p.email, p.login, p.registered, p.children]),
    },
  ]);
  const date = new Date().toISOString().slice(0, 10);
  return xlsxResponse(bytes, `Люди — ${viewer.school.shortName} — ${date}.xlsx`, `people-${date}.xlsx`);
}
