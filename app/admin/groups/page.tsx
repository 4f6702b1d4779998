// GRD-3: afternoon groups — clubs and extra education, consultations, the extended day — with
// their teacher, weekly meetings and members. Their journals are kept in /journal by the teacher.
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/viewer";
import { getAfternoonGroups, getClassesToPick, getTeachers } from "@/lib/data/admin-groups";
import { Card, EmptyState } from "@/components/ui/card";
import { EnrolForm, GroupForm, RemoveGroupButton, UnenrolButton } from "@/components/admin/groups-panel";
import { WEEKDAYS } from "@/lib/validations/admin-classes";
import { GROUP_KIND_LABELS } from "@/lib/validations/admin-groups";

export const metadata: Metadata = { title: "Кружки и группы" };

export default async function GroupsPage() {
  const viewer = await requireArea("admin");
  const [groups, classes, teachers] = await Promise.all([getAfternoonGroups(viewer), getClassesToPick(viewer), getTeachers(viewer)]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Кружки, консультации, группы продлённого дня</h1>
      <p className="text-sm text-slate-600">
        Учитель группы ведёт её журнал (отметки и посещаемость) в разделе «Журнал»; семьи видят их в «Отметки (ДО)».
      </p>
      <Card title="Новая группа">
        <GroupForm teachers={teachers} />
      </Card>
      {groups.length === 0 ? (
        <Card>
          <EmptyState>Групп пока нет.</EmptyState>
        </Card>
      ) : (
        groups.map((g) => (
          <Card key={g.id} title={`${g.name} — ${GROUP_KIND_LABELS[g.kind]}`}>
            <section data-testid={`group-${g.id}`} aria-label={g.name} className="grid gap-4 md:grid-cols-3">
              <div className="space-y-2 text-sm">
                <p>Учитель: {g.teacher}</p>
                <p>
                  Занятия: {g.weekdays.map((d) => WEEKDAYS[d - 1]).join(", ") || "—"}
                  {g.lessonNumber ? `, ${g.lessonNumber}-й урок` : ""}
                </p>
                <p>Занятий в журнале: {g.lessons}</p>
                <h3 className="pt-2 font-medium">Участники ({g.members.length})</h3>
                <ul data-testid="group-members" className="space-y-1">
                  {g.members.map((m) => (
                    <li key={m.id} className="flex items-center justify-between gap-2">
                      <span>
                        {m.name} {m.classLabel && <span className="text-slate-500">{m.classLabel}</span>}
                      </span>
                      <UnenrolButton groupId={g.id} studentId={m.id} name={m.name} />
                    </li>
                  ))}
                </ul>
              </div>
              <EnrolForm groupId={g.id} classes={classes} enrolled={g.members.map((m) => m.id)} />
              <div className="space-y-3">
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">Изменить группу</summary>
                  <GroupForm
                    teachers={teachers}
                    groupId={g.id}
                    initial={{
                      name: g.name,
                      kind: g.kind,
                      teacherId: g.teacherId,
                      weekdays: g.weekdays.map(String),
                      lessonNumber: String(g.lessonNumber ?? 8),
                    }}
                  />
                </details>
                <RemoveGroupButton groupId={g.id} name={g.name} />
              </div>
            </section>
          </Card>
        ))
      )}
    </div>
  );
}
