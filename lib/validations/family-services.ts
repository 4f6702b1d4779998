// OTH-3, the curator's side: a paid service (e.g. «Анализ КР», GRD-5) switched on for a family
// until a paid-until date, or off. Shared by the form and the action.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/dates";
import { PAID_SERVICES } from "@/lib/validations/admin-school";

export type PaidService = keyof typeof PAID_SERVICES;
const service = z.enum(Object.keys(PAID_SERVICES) as [PaidService, ...PaidService[]]);
const id = z.string().min(1).max(64);

export const switchOnServiceSchema = z.object({
  studentId: id,
  service,
  activeUntil: z.string().refine(isIsoDate, "Укажите дату, до которой услуга оплачена."),
});
export type SwitchOnServiceInput = z.input<typeof switchOnServiceSchema>;

export const switchOffServiceSchema = z.object({ studentId: id, service });
