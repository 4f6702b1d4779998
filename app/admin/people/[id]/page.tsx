// One person: login, e-mail, children/parents; set a password (ACC-5); merge parents (ACC-9);
// a child's family services (OTH-3).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getPerson } from "@/lib/data/accounts";
import { fullName } from "@/lib/names";
import { Card } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/access/roles";
import { SetPasswordForm } from "./set-password-form";
import { MergeForm } from "./merge-form";
import { LinkChildForm } from "./link-child-form";
import { RemovePersonForm } from "./remove-person-form";
import { getStudentChoices } from "@/lib/data/admin-staff";
import { FamilyServiceForm } from "./family-services-form";
import { getFamilyServices } from "@/lib/data/family-services";

export const metadata: Metadata = { title: "Человек" };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("admin");
  const { id } = await params;
  const [p, students] = await Promise.all([getPerson(viewer, id), getStudentChoices(viewer)]);
  if (!p) notFound();
  const isStudent = p.roles.includes("STUDENT");
  const linked = new Set(p.children.map((c) => c.id));
  const onlyParent = p.roles.length === 1 && p.roles[0] === "PARENT";
  // A family's paid services are kept per child (OTH-3): the child's page switches them.
  const services = p.roles.includes("STUDENT") ? await getFamilyServices(viewer, p.id) : [];
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{fullName(p)}</h1>
      <Card>
        <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">Роль</dt>
          <dd>{p.roles.map((r) => ROLE_LABELS[r]).join(", ")}</dd>
          {p.classLabel && (
            <>
              <dt className="text-slate-500">Класс</dt>
              <dd>{p.classLabel}</dd>
            </>
          )}
          <dt className="text-slate-500">Логин</dt>
          <dd data-testid="person-login">{p.login ?? "не зарегистрирован"}</dd>
          <dt className="text-slate-500">Почта</dt>
          <dd>
            {p.email ?? "—"}
            {p.email ? (p.emailConfirmedAt ? " (подтверждена)" : " (не подтверждена)") : ""}
          </dd>
          {p.mustChangePassword && (
            <>
              <dt className="text-slate-500">Пароль</dt>
              <dd>временный: сменит при входе</dd>
            </>
          )}
          {p.children.length > 0 && (
            <>
              <dt className="text-slate-500">Дети</dt>
              <dd data-testid="person-children">
                {p.children.map((c) => (
                  <div key={c.id}>
                    <Link href={`/admin/people/${c.id}`} className="text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                    {c.classLabel ? `, ${c.classLabel}` : ""}
                  </div>
                ))}
              </dd>
            </>
          )}
          {p.parents.length > 0 && (
            <>
              <dt className="text-slate-500">Родители</dt>
              <dd>
                {p.parents.map((x) => (
                  <div key={x.id}>
                    <Link href={`/admin/people/${x.id}`} className="text-brand-700 hover:underline">
                      {x.name}
                    </Link>
                    {x.login ? ` (${x.login})` : ""}
                  </div>
                ))}
              </dd>
            </>
          )}
        </dl>
      </Card>
      {services.length > 0 && (
        <Card title="Платные услуги семьи">
          <div className="space-y-4">
            {services.map((row) => (
              <FamilyServiceForm key={row.service} studentId={p.id} row={row} />
            ))}
          </div>
        </Card>
      )}
      {p.login && (
        <Card title="Новый пароль">
          <SetPasswordForm userId={p.id} />
        </Card>
      )}
      {!isStudent && (
        <Card title="Ребёнок в этой школе">
          <LinkChildForm personId={p.id} students={students.filter((s) => !linked.has(s.value))} />
        </Card>
      )}
      <Card title="Удалить учётную запись">
        <RemovePersonForm userId={p.id} name={fullName(p)} />
      </Card>
      {onlyParent && p.login && (
        <Card title="Объединить с другой учётной записью родителя">
          <MergeForm keepId={p.id} />
        </Card>
      )}
    </div>
  );
}
