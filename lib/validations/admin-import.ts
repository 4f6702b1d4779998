// The import upload (ADM-3): one file in a FormData, checked for presence, size and kind.
import { z } from "zod";

export const IMPORT_ACCEPT = ".xlsx,.csv";
const MAX = 10 * 1024 * 1024;

export const importFileSchema = z.instanceof(FormData, { message: "Выберите файл." }).transform((fd, ctx) => {
  const file = fd.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    ctx.addIssue({ code: "custom", path: ["file"], message: "Выберите файл .xlsx или .csv." });
    return z.NEVER;
  }
  const name = file instanceof File ? file.name : "upload";
  if (!/\.(xlsx|csv|txt)$/i.test(name)) {
    ctx.addIssue({ code: "custom", path: ["file"], message: "Нужен файл .xlsx или .csv." });
    return z.NEVER;
  }
  if (file.size > MAX) {
    ctx.addIssue({ code: "custom", path: ["file"], message: "Файл больше 10 МБ. Разделите его на части." });
    return z.NEVER;
  }
  return { file, name };
});
