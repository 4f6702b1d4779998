// ADM-6 forms: a staff member by hand, their invite codes, a staff member's own child, removing a
// person. Positions of specialists are UserRole.specialistKind (one SPECIALIST role per person).
import { z } from "zod";
import { SpecialistKind } from "@/lib/access/roles";

/** Staff roles chosen by ticking; a specialist's position is chosen separately. */
export const STAFF_ROLE_CHOICES = { TEACHER: "учитель", HEAD_TEACHER: "завуч", DIRECTOR: "директор", CURATOR: "куратор журнала" } as const;

const id = z.string().min(1, "Выберите из списка.").max(64);
const NAME = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$/;
const name = (label: string, required: boolean) => {
  const base = z.string().trim().max(60, "Не длиннее 60 символов.");
  return (required ? base.min(1, `Укажите ${label}.`) : base).refine((s) => s === "" || NAME.test(s), "Только буквы, дефис и пробел.");
};

export const createStaffSchema = z
  .object({
    lastName: name("фамилию", true),
    firstName: name("имя", true),
    middleName: name("отчество", false).transform((s) => s || null),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .refine((s) => s === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), "Введите адрес электронной почты.")
      .transform((s) => s || null),
    // A checkbox group: react-hook-form gives an array, a lone checked box a string, none false.
    roles: z.preprocess(
      (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []),
      z.array(z.enum(Object.keys(STAFF_ROLE_CHOICES) as [keyof typeof STAFF_ROLE_CHOICES])).transform((r) => [...new Set(r)]),
    ),
    specialistKind: z
      .union([z.literal(""), z.enum(SpecialistKind)])
      .optional()
      .transform((s) => s || null),
  })
  .refine((v) => v.roles.length > 0 || v.specialistKind, {
    path: ["roles"],
    message: "Отметьте хотя бы одну роль или выберите должность специалиста.",
  });
export type CreateStaffInput = z.input<typeof createStaffSchema>;

export const staffInvitesSchema = z.object({ userIds: z.array(id).min(1, "Отметьте сотрудников.").max(500) });
export const linkChildSchema = z.object({ personId: id, studentId: id });
export const unlinkChildSchema = linkChildSchema;
export const removePersonSchema = z.object({ userId: id });
