// GRD-6: the head teacher's «сохранение результатов успеваемости» form — a rating milestone at a date.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/dates";

export const milestoneSchema = z.object({
  date: z.string().refine(isIsoDate, "Укажите дату рубежа."),
  name: z.string().trim().min(2, "Укажите название рубежа.").max(100, "Название — не длиннее 100 символов."),
});
