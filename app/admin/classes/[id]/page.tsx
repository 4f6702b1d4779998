// ADM-2: one class — its students and its teaching load; a new assignment (or a class part); the
// class and each assignment edited in place or removed.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getClassDetail, getStaff, getSubjects } from "@/lib/data/admin-classes";
import { Card, EmptyState } from "@/components/ui/card";
import { AdminForm, type FieldSpec } from "@/components/admin/admin-form";
import { EditableRow } from "@/components/admin/editable-row";
import { HomeworkJournalSwitch } from "@/components/journal/homework-journal-switch";

export const metadata: Metadata = { title: "Класс" };

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("admin");
  const { id } = await params;
  const cls = await getClassDetail(viewer, id);
  if (!cls) notFound();
  const [subjects, staff] = await Promise.all([getSubjects(viewer), getStaff(viewer)]);
  const teachers = staff.filter((s) => s.roles.some((r) => r === "TEACHER" || r === "HEAD_TEACHER" || r === "DIRECTOR"));
  const teacherOptions = staff.filter((s) => s.roles.some((r) => r !== "CURATOR")).map((s) => ({ value: s.id, label: s.name }));
  const subjectField: FieldSpec = {
    name: "subjectId",
    label: "Предмет",
    type: "select",
    options: subjects.map((s) => ({ value: s.id, label: s.name })),
  };
  const teacherField: FieldSpec = {
    name: "teacherId",
    label: "Учитель",
    type: "select",
    options: teachers.map((t) => ({ value: t.id, label: t.name })),
  };
  return (
    <div className="space-y-4">
      <EditableRow
        label={`класс ${cls.label}`}
        edit={{
          form: "classEdit",
          defaults: { id: cls.id, grade: String(cls.grade), letter: cls.letter, classTeacherId: cls.classTeacherId ?? "" },
          fields: [
            { name: "grade", label: "Параллель", type: "number" },
            { name: "letter", label: "Литера", type: "text" },
            { name: "classTeacherId", label: "Классный руководитель", type: "select", options: teacherOptions },
          ],
        }}
        remove={{ action: "class", arg: { id: cls.id }, then: "/admin/classes" }}
        testId="class-header"
      >
        <h1 className="text-xl font-semibold">
          Класс {cls.label} <span className="text-base font-normal text-slate-600">({cls.year.name})</span>
        </h1>
      </EditableRow>
      <p className="text-sm">
        Классный руководитель: {cls.classTeacher ? `${cls.classTeacher.lastName} ${cls.classTeacher.firstName}` : "не назначен"} ·{" "}
        <Link className="text-brand-700 underline" href={`/admin/timetable?class=${cls.id}`}>
          расписание
        </Link>
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={`Ученики (${cls.students.length})`}>
          {cls.students.length ? (
            <ol className="list-decimal pl-5 text-sm" data-testid="class-students">
              {cls.students.map((s) => (
                <li key={s.id}>{s.name}</li>
              ))}
            </ol>
          ) : (
            <EmptyState>Учеников пока нет: добавьте их через импорт.</EmptyState>
          )}
        </Card>
        <Card title="Нагрузка">
          {cls.assignments.length ? (
            <ul className="mb-3 text-sm" data-testid="class-assignments">
              {cls.assignments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-x-3 py-0.5">
                  <EditableRow
                    label={`нагрузка «${a.subject}${a.group ? ` (${a.group})` : ""}»`}
                    edit={{
                      form: "assignmentEdit",
                      defaults: { id: a.id, subjectId: a.subjectId, teacherId: a.teacherId },
                      fields: [subjectField, teacherField],
                    }}
                    remove={{ action: "assignment", arg: { id: a.id } }}
                  >
                    {a.subject}
                    {a.group && ` (${a.group})`} — {a.teacher}
                    {a.keepsHomeworkJournal && <span className="text-slate-500"> · журнал ДЗ</span>}
                  </EditableRow>
                  {/* GRD-2: the curator may switch the homework journal too. */}
                  {a.journal !== "EXTRA" && <HomeworkJournalSwitch assignmentId={a.id} on={a.keepsHomeworkJournal} />}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>Нагрузка не назначена.</EmptyState>
          )}
          <AdminForm
            form="assignment"
            submitLabel="Назначить"
            success="Нагрузка назначена."
            defaults={{ classId: cls.id, subjectId: "", teacherId: "", groupName: "" }}
            fields={[
              subjectField,
              teacherField,
              { name: "groupName", label: "Группа (если класс делится)", type: "text", hint: "Например, «1 группа»; пусто — весь класс" },
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
