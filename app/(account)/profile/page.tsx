import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getOwnProfile } from "@/lib/data/accounts";
import { fullName } from "@/lib/names";
import { Card } from "@/components/ui/card";
import { ProfileForm } from "./profile-form";
import { AddChildForm } from "./add-child-form";

export const metadata: Metadata = { title: "Мои данные" };

export default async function ProfilePage() {
  const viewer = await requireArea("account");
  if (viewer.mustChangePassword) redirect("/security");
  const p = await getOwnProfile(viewer);
  const parent = viewer.diaryKind === "PARENT";
  const editable = parent && viewer.school.parentsMayEditData;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Мои данные</h1>
      <Card>
        {editable ? (
          <ProfileForm
            initial={{
              lastName: p.lastName,
              firstName: p.firstName,
              middleName: p.middleName ?? "",
              vkUrl: p.vkUrl ?? "",
              email: p.email ?? "",
              snils: "",
            }}
            maskedSnils={p.snils}
            emailConfirmed={p.emailConfirmed}
          />
        ) : (
          <div className="space-y-2 text-sm">
            <p className="text-slate-600" data-testid="read-only-note">
              {parent
                ? "В вашей школе данные родителей вносят сотрудники школы."
                : "Ваши данные вносят сотрудники школы. Если в них ошибка, обратитесь к куратору журнала."}
            </p>
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1">
              <dt className="text-slate-500">ФИО</dt>
              <dd>{fullName(p)}</dd>
              <dt className="text-slate-500">Логин</dt>
              <dd>{p.login}</dd>
              <dt className="text-slate-500">СНИЛС</dt>
              <dd>{p.snils ?? "—"}</dd>
              <dt className="text-slate-500">ВКонтакте</dt>
              <dd>{p.vkUrl ?? "—"}</dd>
              <dt className="text-slate-500">Почта</dt>
              <dd>
                {p.email ?? "—"}
                {p.email && !p.emailConfirmed ? " (не подтверждена)" : ""}
              </dd>
            </dl>
          </div>
        )}
      </Card>
      {parent && (
        <Card title="Дети">
          <ul className="mb-3 text-sm" data-testid="my-children">
            {viewer.children.map((c) => (
              <li key={c.id}>
                {c.lastName} {c.firstName}
                {c.classLabel ? `, ${c.classLabel}` : ""}
              </li>
            ))}
          </ul>
          <AddChildForm />
        </Card>
      )}
    </div>
  );
}
