"use client";
// Attaching files to a lesson's homework (STF-1); the limits are the shared schema's.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { uploadHomeworkFilesAction } from "@/lib/actions/journal-files";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { submissionFilesSchema } from "@/lib/validations/diary";
import { thrownActionMessage } from "@/lib/http/messages";

export function HomeworkFilesForm({ lessonId }: { lessonId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);

  return (
    <form
      className="space-y-2 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        // The same rules as the server's, checked before sending megabytes.
        const files = data.getAll("files").filter((f): f is File => f instanceof File && f.name !== "");
        const check = submissionFilesSchema.safeParse(files);
        if (!check.success) {
          setMessage({ text: check.error.issues[0].message, tone: "error" });
          return;
        }
        start(async () => {
          // A request over the server's limit is refused before the action runs (ADR 0008).
          const res = await uploadHomeworkFilesAction(data).catch((e: unknown) => ({
            ok: false as const,
            message: thrownActionMessage(e),
            fieldErrors: undefined,
          }));
          if (res.ok) {
            setMessage({ text: "Файлы прикреплены к заданию.", tone: "success" });
            form.reset();
            router.refresh();
          } else {
            setMessage({ text: res.fieldErrors?.files?.[0] ?? res.message, tone: "error" });
          }
        });
      }}
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <label className="block font-medium" htmlFor={`hw-files-${lessonId}`}>
        Прикрепить файлы к заданию
      </label>
      <input id={`hw-files-${lessonId}`} name="files" type="file" multiple className="block w-full text-sm" />
      <Button type="submit" variant="secondary" pending={pending}>
        Прикрепить
      </Button>
      <FormMessage message={message?.text} tone={message?.tone} />
    </form>
  );
}
