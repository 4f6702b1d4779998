// Forms of the family's diary; shared by the browser forms and the server actions.
import { z } from "zod";

export const complaintSchema = z.object({
  homeworkId: z.string().trim().min(1, "Не найдено.").max(64),
  text: z
    .string()
    .trim()
    .min(5, "Опишите, что не так с заданием (не короче 5 символов)")
    .max(1000, "Не длиннее 1000 символов"),
});

export type ComplaintInput = z.infer<typeof complaintSchema>;
