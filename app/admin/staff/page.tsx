// ADM-2: staff and their roles.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getStaff } from "@/lib/data/admin-classes";
import { ROLE_LABELS, rolesLabel, SPECIALIST_KIND_LABELS, STAFF_ROLES } from "@/lib/access/roles";
import { Card } from "@/components/ui/card";
import { AdminForm } from "@/components/admin/admin-form";

export const metadata: Metadata = { title: "Сотрудники" };

export default async function StaffPage() {
  const viewer = await requireArea("admin");
  const staff = await getStaff(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Сотрудники и роли</h1>
      <Card title={`Сотрудники (${staff.length})`}>
        <ul className="divide-y text-sm" data-testid="staff">
          {staff.map((s) => (
            <li key={s.id} className="flex flex-wrap justify-between gap-2 py-1.5">
              <span>{s.name}</span>
              <span className="text-slate-600">
                {rolesLabel(s.roles, s.specialistKind)}
                {s.assignments > 0 && ` · нагрузка: ${s.assignments}`}
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Роли сотрудника">
        <AdminForm form="staffRoles" submitLabel="Сохранить роли" success="Роли сохранены." defaults={{ userId: "", roles: [], specialistKind: "" }} fields={[
          // Choosing a person shows their current roles: the form replaces them all on saving.
          { name: "userId", label: "Сотрудник", type: "select", options: staff.map((s) => ({ value: s.id, label: s.name })),
            presets: Object.fromEntries(staff.map((s) => [s.id, { roles: s.roles, specialistKind: s.specialistKind ?? "" }])) },
          { name: "roles", label: "Роли", type: "checkboxes", options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })) },
          { name: "specialistKind", label: "Специалист", type: "select", options: Object.entries(SPECIALIST_KIND_LABELS).map(([value, label]) => ({ value, label })) },
        ]} />
        <p className="mt-2 text-xs text-slate-500">Новых сотрудников добавляют в разделе «Люди и доступ»; нагрузку — на странице класса.</p>
      </Card>
    </div>
  );
}
