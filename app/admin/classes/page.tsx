// ADM-2: classes of the current year and the school's subjects (each subject edited in place or
// removed; a class is edited on its own page).
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getClasses, getStaff, getSubjects } from "@/lib/data/admin-classes";
import { Card } from "@/components/ui/card";
import { AdminForm, type FieldSpec } from "@/components/admin/admin-form";
import { EditableRow } from "@/components/admin/editable-row";
import { ClassesTable } from "@/components/admin/classes-table";

export const metadata: Metadata = { title: "Классы и предметы" };

const subjectFields: FieldSpec[] = [
  { name: "name", label: "Название предмета", type: "text" },
  { name: "shortName", label: "Сокращение", type: "text" },
];

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ClassesPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireArea("admin");
  const sp = await searchParams;
  const sort = { by: sp.sort === "students" ? "students" : "grade", dir: sp.dir === "desc" ? "desc" : "asc" } as const;
  const [classes, subjects, staff] = await Promise.all([getClasses(viewer, sort), getSubjects(viewer), getStaff(viewer)]);
  const teachers = staff.filter((s) => s.roles.some((r) => r !== "CURATOR")).map((s) => ({ value: s.id, label: s.name }));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Классы и предметы</h1>
      <Card title="Классы текущего года">
        <ClassesTable rows={classes} />
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Новый класс">
          <AdminForm
            form="class"
            submitLabel="Создать класс"
            success="Класс создан."
            defaults={{ grade: "", letter: "", classTeacherId: "" }}
            fields={[
              { name: "grade", label: "Параллель", type: "number" },
              { name: "letter", label: "Литера", type: "text" },
              { name: "classTeacherId", label: "Классный руководитель", type: "select", options: teachers },
            ]}
          />
        </Card>
        <Card title="Предметы">
          <ul className="mb-3 text-sm" data-testid="subjects">
            {subjects.map((s) => (
              <li key={s.id} className="py-0.5">
                <EditableRow
                  label={`предмет «${s.name}»`}
                  edit={{ form: "subjectEdit", fields: subjectFields, defaults: { id: s.id, name: s.name, shortName: s.shortName ?? "" } }}
                  remove={{ action: "subject", arg: { id: s.id } }}
                >
                  {s.name}
                </EditableRow>
              </li>
            ))}
          </ul>
          <AdminForm
            form="subject"
            submitLabel="Добавить предмет"
            success="Предмет добавлен."
            defaults={{ name: "", shortName: "" }}
            fields={subjectFields}
          />
        </Card>
      </div>
    </div>
  );
}
