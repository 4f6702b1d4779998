// ADM-2: a class's week timetable with rooms; adding a lesson refuses clashes by name.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getClasses, getClassTimetable } from "@/lib/data/admin-classes";
import { WEEKDAYS } from "@/lib/validations/admin-classes";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { AdminForm } from "@/components/admin/admin-form";
import { DeleteSlotButton } from "@/components/admin/delete-slot-button";

export const metadata: Metadata = { title: "Расписание" };

export default async function TimetablePage({ searchParams }: { searchParams: Promise<{ class?: string }> }) {
  const viewer = await requireArea("admin");
  const { class: classParam } = await searchParams;
  const classes = await getClasses(viewer, { by: "grade", dir: "asc" });
  const classId = typeof classParam === "string" && classParam ? classParam : classes[0]?.id;
  const tt = classId ? await getClassTimetable(viewer, classId) : null;
  if (classId && !tt) notFound();
  const maxLesson = Math.max(7, ...(tt?.slots.map((s) => s.lessonNumber) ?? []));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Расписание{tt ? ` ${tt.label}` : ""}</h1>
      <form method="get" className="flex items-end gap-2">
        <label className="text-sm">
          Класс
          <select name="class" defaultValue={classId} className="block rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Показать
        </Button>
      </form>
      {tt && (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[40rem] text-left text-xs" data-testid="timetable-grid">
              <caption className="sr-only">Расписание класса {tt.label} на неделю</caption>
              <thead className="border-b bg-slate-50">
                <tr>
                  <th scope="col" className="p-1">
                    Урок
                  </th>
                  {WEEKDAYS.map((d) => (
                    <th key={d} scope="col" className="p-1 capitalize">
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: maxLesson }, (_, i) => i + 1).map((n) => (
                  <tr key={n} className="border-b align-top last:border-0">
                    <th scope="row" className="p-1">
                      {n}
                    </th>
                    {WEEKDAYS.map((d, wi) => (
                      <td key={d} className="p-1">
                        {tt.slots
                          .filter((s) => s.weekday === wi + 1 && s.lessonNumber === n)
                          .map((s) => (
                            <div key={s.id} className="mb-1">
                              <span className="font-medium">{s.subject}</span>
                              {s.group && ` (${s.group})`}
                              <span className="block text-slate-600">
                                {s.teacher}
                                {s.room && `, каб. ${s.room}`}
                              </span>
                              <DeleteSlotButton slotId={s.id} label={`${s.subject}, ${d}, ${n}-й урок`} />
                            </div>
                          ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Card title="Добавить урок">
            <AdminForm
              form="slot"
              submitLabel="Добавить урок"
              success="Урок добавлен в расписание."
              inline
              defaults={{ assignmentId: "", weekday: "", lessonNumber: "", room: "" }}
              fields={[
                { name: "assignmentId", label: "Предмет и учитель", type: "select", options: tt.assignments },
                { name: "weekday", label: "День", type: "select", options: WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d })) },
                { name: "lessonNumber", label: "Номер урока", type: "number" },
                { name: "room", label: "Кабинет", type: "text" },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
