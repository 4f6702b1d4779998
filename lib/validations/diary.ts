// Forms of the family's diary; shared by the browser forms and the server actions.
import { z } from "zod";

export const complaintSchema = z.object({
  homeworkId: z.string().trim().min(1, "Не найдено.").max(64),
  text: z.string().trim().min(5, "Опишите, что не так с заданием (не короче 5 символов)").max(1000, "Не длиннее 1000 символов"),
});

export type ComplaintInput = z.infer<typeof complaintSchema>;

/** STU-3: what a student may hand in at once. */
export const SUBMISSION_MAX_BYTES = 10 * 1024 * 1024;
export const SUBMISSION_MAX_FILES = 5;
const ALLOWED = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|jpe?g|png|gif|webp|heic|bmp|zip|rar|7z|mp3|m4a|mp4|mov)$/i;

export const submissionFilesSchema = z
  .array(z.instanceof(File))
  .min(1, "Выберите хотя бы один файл")
  .max(SUBMISSION_MAX_FILES, `Не больше ${SUBMISSION_MAX_FILES} файлов за раз`)
  .superRefine((files, ctx) => {
    for (const f of files) {
      if (f.size === 0) ctx.addIssue({ code: "custom", message: `Файл «${f.name}» пустой` });
      else if (f.size > SUBMISSION_MAX_BYTES) ctx.addIssue({ code: "custom", message: `Файл «${f.name}» больше 10 МБ` });
      if (!ALLOWED.test(f.name))
        ctx.addIssue({
          code: "custom",
          message: `Файлы вида «${f.name}» не принимаются: подойдут документы, таблицы, презентации, картинки, архивы, аудио и видео`,
        });
    }
  });

export const submissionUploadSchema = z
  .instanceof(FormData)
  .transform((fd) => ({
    homeworkId: String(fd.get("homeworkId") ?? ""),
    files: fd.getAll("files").filter((f): f is File => f instanceof File && f.name !== ""),
  }))
  .pipe(z.object({ homeworkId: z.string().min(1, "Не найдено.").max(64), files: submissionFilesSchema }));

export const submissionDeleteSchema = z.object({ fileId: z.string().min(1).max(64) });
