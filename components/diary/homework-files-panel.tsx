"use client";
// STU-3: the panel behind «Сдать»/«Файлы» (homework-files.tsx): the teacher's explanation and
// files, the student's own files with «Удалить», and an upload of several files. Fetched on the
// first click, so that the week's first load carries no validation library.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteSubmissionAction, uploadSubmissionAction } from "@/lib/actions/diary-submissions";
import { submissionFilesSchema } from "@/lib/validations/diary";
import { thrownActionMessage } from "@/lib/http/messages";
import type { WeekFile } from "@/lib/data/diary-week";

const kb = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} КБ` : `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} МБ`;

function FileLink({ file }: { file: WeekFile }) {
  return (
    <a href={`/api/files/${file.id}`} className="text-brand-700 underline" download>
      {file.name}
    </a>
  );
}

export default function HomeworkFilesPanel({
  homeworkId,
  explanation,
  teacherFiles,
  submitted,
}: {
  homeworkId: string;
  explanation: string | null;
  teacherFiles: WeekFile[];
  submitted: WeekFile[];
}) {
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const id = useId();

  function upload(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setMessage(null);
    const files = Array.from(input.current?.files ?? []);
    const check = submissionFilesSchema.safeParse(files);
    if (!check.success) return setError(check.error.issues.map((i) => i.message).join(". "));
    const data = new FormData();
    data.set("homeworkId", homeworkId);
    for (const f of files) data.append("files", f);
    start(async () => {
      // A request over the server's limit is refused before the action runs (ADR 0008).
      const result = await uploadSubmissionAction(data).catch((e: unknown) => ({
        ok: false as const,
        message: thrownActionMessage(e),
        fieldErrors: undefined,
      }));
      if (!result.ok) return setError(result.fieldErrors?.files?.join(". ") ?? result.message);
      if (input.current) input.current.value = "";
      setMessage("Файлы загружены");
      router.refresh();
    });
  }

  function remove(fileId: string) {
    setError(null);
    start(async () => {
      const result = await deleteSubmissionAction({ fileId });
      if (!result.ok) return setMessage(result.message);
      router.refresh();
    });
  }

  return (
    <div className="mt-1 space-y-2 rounded-md border border-slate-200 bg-white p-2 text-sm" data-testid="submission-panel">
      {explanation && <p className="text-slate-700">Пояснение учителя: {explanation}</p>}
      {teacherFiles.length > 0 && (
        <ul aria-label="Файлы учителя">
          {teacherFiles.map((f) => (
            <li key={f.id}>
              <FileLink file={f} />
            </li>
          ))}
        </ul>
      )}
      {submitted.length > 0 && (
        <ul aria-label="Мои файлы" className="space-y-1">
          {submitted.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-2">
              <FileLink file={f} />
              <span className="text-xs text-slate-500">{kb(f.size)}</span>
              <button type="button" className="text-xs text-red-700 underline" onClick={() => remove(f.id)} disabled={pending}>
                Удалить<span className="sr-only"> {f.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={upload} className="space-y-1" noValidate>
        <label htmlFor={`${id}-files`} className="block font-medium">
          Файлы для сдачи (до 5 файлов, до 10 МБ каждый)
        </label>
        <input
          ref={input}
          id={`${id}-files`}
          type="file"
          multiple
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-err` : undefined}
          className="block w-full text-sm"
        />
        {error && (
          <p id={`${id}-err`} className="text-sm text-red-700">
            {error}
          </p>
        )}
        <FormMessage message={message} tone="success" />
        <Button type="submit" pending={pending}>
          Загрузить
        </Button>
      </form>
    </div>
  );
}
