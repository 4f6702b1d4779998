// The staff home: the teacher's classes and subjects from their assignments (STF-1 starts here).
import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/viewer";
import { getClassesLed, getMyAssignments } from "@/lib/data/staff";
import { Card, EmptyState } from "@/components/ui/card";
import { countRu } from "@/lib/time/plural";

export const metadata: Metadata = { title: "Журнал" };

const JOURNAL_LABEL = { MAIN: "", HOMEWORK: "журнал ДЗ", EXTRA: "внеурочная деятельность" } as const;

export default async function JournalHome() {
  const viewer = await requireArea("journal");
  const [assignments, classes] = await Promise.all([getMyAssignments(viewer), getClassesLed(viewer)]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Журнал</h1>
      {viewer.roles.includes("HEAD_TEACHER") && (
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href="/journal/complaints" className="text-brand-700 underline">
            Жалобы на домашние задания
          </Link>
          <Link href="/journal/attestation" className="text-brand-700 underline">
            Экзамены и итоговая аттестация
          </Link>
        </div>
      )}
      {viewer.roles.some((r) => r === "HEAD_TEACHER" || r === "DIRECTOR") && (
        <Link href="/journal/rating" className="ml-4 inline-block text-sm text-brand-700 underline">
          Рейтинг: рубежный контроль
        </Link>
      )}
      {classes.length > 0 && (
        <Card title="Классное руководство">
          <ul className="text-sm">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/journal/class/${c.id}`} className="text-brand-700 underline">
                  {c.grade}
                  {c.letter}: успеваемость и пропуски
                </Link>{" "}
                — {countRu(c._count.memberships, ["ученик", "ученика", "учеников"])}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="Мои классы и предметы">
        {assignments.length === 0 ? (
          <EmptyState>У вас нет учебной нагрузки в этом году.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="my-assignments">
            {assignments.map((a) => (
              <li key={a.id} className="flex justify-between gap-3 py-2">
                <Link href={`/journal/${a.id}`} className="text-brand-800 hover:underline">
                  <span className="font-medium">{a.subject.name}</span> {a.class && `${a.class.grade}${a.class.letter}`}
                  {a.group && ` · ${a.group.name}`}
                  {JOURNAL_LABEL[a.journal] && <span className="text-slate-500"> · {JOURNAL_LABEL[a.journal]}</span>}
                </Link>
                <span className="text-slate-500">{countRu(a._count.lessons, ["урок", "урока", "уроков"])}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
