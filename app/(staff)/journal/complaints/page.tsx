// Homework complaints (STU-2), for the head teacher: read, answer, close.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/viewer";
import { getComplaints } from "@/lib/data/journal-complaints";
import { Card, EmptyState } from "@/components/ui/card";
import { ComplaintAnswerForm } from "@/components/journal/complaint-answer-form";
import { formatDayMonth } from "@/lib/time/dates";

export const metadata: Metadata = { title: "Жалобы на домашние задания" };

const STATUS = { OPEN: "новая", ANSWERED: "есть ответ", CLOSED: "закрыта" } as const;

export default async function ComplaintsPage() {
  const viewer = await requireArea("journal");
  if (!viewer.roles.includes("HEAD_TEACHER")) notFound();
  const complaints = await getComplaints(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Жалобы на домашние задания</h1>
      {complaints.length === 0 ? (
        <EmptyState>Жалоб нет.</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="complaints">
          {complaints.map((c) => (
            <li key={c.id}>
              <Card title={`${c.subject}${c.classLabel ? `, ${c.classLabel}` : ""} — ${STATUS[c.status]}`}>
                <div className="space-y-2 text-sm">
                  <p className="text-slate-600">
                    Задание на {formatDayMonth(c.dueDate)} (учитель {c.teacher}): {c.homework}
                  </p>
                  <p>
                    <span className="text-slate-500">
                      Ученик {c.student}, пишет {c.author}:{" "}
                    </span>
                    {c.text}
                  </p>
                  {c.answer && (
                    <p>
                      <span className="text-slate-500">Ответ: </span>
                      {c.answer}
                    </p>
                  )}
                  {c.status !== "CLOSED" && <ComplaintAnswerForm complaintId={c.id} answer={c.answer ?? ""} />}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
