// ADM-2 and ADM-6: staff, their accounts and roles — add by hand (or import a staff sheet), print
// invite codes, change roles.
import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/viewer";
import { getStaff } from "@/lib/data/admin-classes";
import { getStaffAccounts } from "@/lib/data/admin-staff";
import { ROLE_LABELS, rolesLabel, SPECIALIST_KIND_LABELS, STAFF_ROLES, type Role, type SpecialistKind } from "@/lib/access/roles";
import { STAFF_ROLE_CHOICES } from "@/lib/validations/admin-staff";
import { Card } from "@/components/ui/card";
import { AdminForm } from "@/components/admin/admin-form";
import { NewStaffForm } from "./new-staff-form";
import { StaffAccounts } from "./staff-accounts";

export const metadata: Metadata = { title: "Сотрудники" };

type Roles = { roles: Role[]; specialistKind: SpecialistKind | null };
const roleText = (s: Roles) =>
  rolesLabel(
    s.roles.filter((r) => STAFF_ROLES.includes(r)),
    s.specialistKind,
  );

export default async function StaffPage() {
  const viewer = await requireArea("admin");
  const [staff, accounts] = await Promise.all([getStaff(viewer), getStaffAccounts(viewer)]);
  const load = new Map(staff.map((s) => [s.id, s.assignments]));
  return (
    <div className="space-y-4">
      <h1 className="no-print text-xl font-semibold">Сотрудники и роли</h1>
      <Card title={`Сотрудники (${accounts.length})`}>
        <StaffAccounts
          rows={accounts.map((a) => ({
            id: a.id,
            name: a.name,
            login: a.login,
            email: a.email,
            roles: `${roleText(a)}${load.get(a.id) ? ` · нагрузка: ${load.get(a.id)}` : ""}`,
          }))}
        />
      </Card>
      <Card className="no-print" title="Новый сотрудник">
        <NewStaffForm
          roles={Object.entries(STAFF_ROLE_CHOICES).map(([value, label]) => ({ value, label }))}
          positions={Object.entries(SPECIALIST_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <p className="mt-2 text-xs text-slate-500">
          Многих сразу — из таблицы:{" "}
          <Link href="/admin/import?kind=staff" className="text-brand-700 underline">
            импорт сотрудников
          </Link>
          .
        </p>
      </Card>
      <Card className="no-print" title="Роли сотрудника">
        <AdminForm
          form="staffRoles"
          submitLabel="Сохранить роли"
          success="Роли сохранены."
          defaults={{ userId: "", roles: [], specialistKind: "" }}
          fields={[
            // Choosing a person shows their current roles: the form replaces them all on saving.
            {
              name: "userId",
              label: "Сотрудник",
              type: "select",
              options: staff.map((s) => ({ value: s.id, label: s.name })),
              presets: Object.fromEntries(staff.map((s) => [s.id, { roles: s.roles, specialistKind: s.specialistKind ?? "" }])),
            },
            {
              name: "roles",
              label: "Роли",
              type: "checkboxes",
              options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
            },
            {
              name: "specialistKind",
              label: "Специалист",
              type: "select",
              options: Object.entries(SPECIALIST_KIND_LABELS).map(([value, label]) => ({ value, label })),
            },
          ]}
        />
        <p className="mt-2 text-xs text-slate-500">Нагрузку назначают на странице класса.</p>
      </Card>
    </div>
  );
}
