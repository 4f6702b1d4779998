// The role vocabulary: the roles and their sets come from the Prisma enums (the database's own
// list), the Russian labels are kept here once. Pure and client-safe (generated/prisma/enums.ts
// carries no runtime), so pages, forms, the proxy and the export share it.
import { Role, SpecialistKind } from "@/generated/prisma/enums";

export { Role, SpecialistKind };

export const ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  STUDENT: "ученик",
  PARENT: "родитель",
  TEACHER: "учитель",
  HEAD_TEACHER: "завуч",
  DIRECTOR: "директор",
  SPECIALIST: "специалист",
  CURATOR: "куратор",
};

export const SPECIALIST_KIND_LABELS: Record<SpecialistKind, string> = {
  SOCIAL_PEDAGOGUE: "социальный педагог",
  PSYCHOLOGIST: "педагог-психолог",
  NURSE: "медработник",
  LIBRARIAN: "библиотекарь",
  SECRETARY: "секретарь",
};

/** Those who read a diary: a student their own, a parent their children's. */
export const FAMILY_ROLES = [Role.STUDENT, Role.PARENT] as const;

/** Everyone else: the school's staff, the roles the curator assigns on /admin/staff. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !(FAMILY_ROLES as readonly Role[]).includes(r));

/** The staff who keep the journal and enter /journal (the curator administers, does not teach). */
export const JOURNAL_ROLES: readonly Role[] = STAFF_ROLES.filter((r) => r !== Role.CURATOR);

/** «учитель, завуч», with the specialist's kind instead of «специалист» when it is known. */
export function rolesLabel(roles: readonly Role[], specialistKind?: SpecialistKind | null): string {
  return roles.map((r) => (r === Role.SPECIALIST && specialistKind ? SPECIALIST_KIND_LABELS[specialistKind] : ROLE_LABELS[r])).join(", ");
}
