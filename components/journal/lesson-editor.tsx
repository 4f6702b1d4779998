"use client";
// The lesson editor opened from a column header: topic, work type and weight, the homework with
// its explanation for «Сдать», and the files students handed in (STF-1, STU-3).
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { z } from "zod";
import { saveLessonAction } from "@/lib/actions/journal";
import { lessonSchema, WORK_TYPES } from "@/lib/validations/journal";
import type { GridLesson, GridStudent } from "@/lib/data/journal";
import { workTypeLabel } from "@/components/diary/mark-badge";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextAreaField } from "@/components/ui/field";
import { HomeworkFilesForm } from "@/components/journal/homework-files-form";

type Output = z.output<typeof lessonSchema>;

export function LessonEditor({ lesson, students, onClose }: { lesson: GridLesson; students: GridStudent[]; onClose: () => void }) {
  const router = useRouter();
  const journalPath = usePathname();
  const { form, errors, pending, status, onSubmit } = useActionForm({
    schema: lessonSchema,
    action: saveLessonAction,
    defaultValues: {
      lessonId: lesson.id,
      topic: lesson.topic ?? "",
      workType: lesson.workType as Output["workType"],
      weight: lesson.weight,
      homeworkText: lesson.homework?.text ?? "",
      homeworkExplanation: lesson.homework?.explanation ?? "",
      acceptsSubmissions: lesson.homework?.acceptsSubmissions ?? false,
    },
    success: "Урок сохранён.",
    onSuccess: () => router.refresh(),
  });
  const names = new Map(students.map((s) => [s.id, s.name]));

  const day = `${lesson.date.slice(8, 10)}.${lesson.date.slice(5, 7)}.${lesson.date.slice(0, 4)}`;
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Урок">
      <div className="flex items-center justify-between">
        <h2 className="font-semibold">
          Урок {day}, {lesson.number}-й
        </h2>
        {/* GRD-5: a control work's tasks and element results live on their own page. */}
        {lesson.workType === "CONTROL" && lesson.mayWrite && (
          <Link href={`${journalPath}/control/${lesson.id}`} className="text-sm text-brand-700 hover:underline">
            Анализ КР по заданиям
          </Link>
        )}
        <Button variant="ghost" type="button" onClick={onClose}>
          Закрыть
        </Button>
      </div>
      <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-2" noValidate>
        <input type="hidden" {...form.register("lessonId")} />
        <div className="md:col-span-2">
          <Field label="Тема урока" error={errors.topic?.message} {...form.register("topic")} disabled={!lesson.mayWrite} />
        </div>
        <div className="space-y-1">
          <label htmlFor="workType" className="block text-sm font-medium text-slate-700">
            Вид работы
          </label>
          <select
            id="workType"
            {...form.register("workType")}
            disabled={!lesson.mayWrite}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
          >
            {WORK_TYPES.map((w) => (
              <option key={w} value={w}>
                {workTypeLabel(w)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="Вес оценок"
          type="number"
          min={1}
          max={5}
          error={errors.weight?.message}
          {...form.register("weight")}
          disabled={!lesson.mayWrite}
        />
        <div className="md:col-span-2">
          <TextAreaField
            label="Домашнее задание"
            rows={2}
            error={errors.homeworkText?.message}
            {...form.register("homeworkText")}
            disabled={!lesson.mayWrite}
          />
        </div>
        <div className="md:col-span-2">
          <TextAreaField
            label="Пояснение к заданию (видно по кнопке «Сдать»)"
            rows={2}
            error={errors.homeworkExplanation?.message}
            {...form.register("homeworkExplanation")}
            disabled={!lesson.mayWrite}
          />
        </div>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" {...form.register("acceptsSubmissions")} disabled={!lesson.mayWrite} /> Ученики сдают работы файлами
        </label>
        {lesson.mayWrite && (
          <div className="md:col-span-2">
            <Button type="submit" pending={pending}>
              Сохранить урок
            </Button>
          </div>
        )}
      </form>
      <FormMessage {...status} />
      {lesson.homework && lesson.homework.files.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Файлы к заданию</h3>
          <ul>
            {lesson.homework.files.map((f) => (
              <li key={f.id}>
                <a className="text-brand-700 underline" href={`/api/files/${f.id}`}>
                  {f.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lesson.homework && <HomeworkFilesForm lessonId={lesson.id} />}
      {lesson.homework && (
        <div className="text-sm" data-testid="submissions">
          <h3 className="font-medium">Сданные работы</h3>
          {lesson.submissions.length === 0 ? (
            <p className="text-slate-500">Пока никто не сдал.</p>
          ) : (
            <ul>
              {lesson.submissions.map((s) => (
                <li key={s.fileId}>
                  {names.get(s.studentId) ?? "Ученик"}:{" "}
                  <a className="text-brand-700 underline" href={`/api/files/${s.fileId}`}>
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
