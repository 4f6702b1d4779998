// ADM-5: creates a school with its first curator, current study year, periods, holidays and bells
// in one transaction, audited. One function for the /setup link and the operator CLI
// (scripts/school-create.ts), which also adds a second school to an installation.
import type { PrismaClient } from "@/generated/prisma/client";
import { UserError } from "@/lib/user-error";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit";
import { fromIsoDate } from "@/lib/time/dates";
import { PERIOD_KINDS } from "@/lib/validations/admin-school";
import { consumeSetupToken } from "./token";
import type { NewSchool } from "./schema";

export const SETUP_LINK_REFUSED = "Ссылка недействительна или уже использована.";

export type CreatedSchool = { schoolId: string; curatorId: string; login: string };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * `input` is already parsed by newSchoolSchema (password policy, dates). With `setupToken` the
 * link is used in the same transaction (nothing is written for a dead link). `mustChangePassword`
 * for a password the operator did not choose (the CLI's one-time password).
 */
export async function createSchool(
  db: PrismaClient,
  input: NewSchool,
  opts: { via: "setup" | "cli"; setupToken?: string; mustChangePassword?: boolean },
): Promise<CreatedSchool> {
  const passwordHash = await hashPassword(input.curator.password);
  const { school: s, curator: c, year: y } = input;
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { login: c.login }, select: { id: true } }))
        throw new UserError("Этот логин уже занят, выберите другой.", { "curator.login": ["Этот логин уже занят, выберите другой."] });
      const school = await tx.school.create({
        data: { name: s.name, shortName: s.shortName, address: s.address, publicUrl: s.publicUrl, timezone: s.timezone },
        select: { id: true },
      });
      const schoolId = school.id;
      if (opts.setupToken !== undefined && !(await consumeSetupToken(tx, opts.setupToken, schoolId)))
        throw new UserError(SETUP_LINK_REFUSED);
      const curator = await tx.user.create({
        data: {
          schoolId,
          login: c.login,
          passwordHash,
          email: c.email,
          lastName: c.lastName,
          firstName: c.firstName,
          middleName: c.middleName,
          registeredAt: new Date(),
          mustChangePassword: opts.mustChangePassword ?? false,
          roles: { create: { role: "CURATOR" } },
        },
        select: { id: true },
      });
      const year = await tx.studyYear.create({
        data: { schoolId, name: y.name, startDate: fromIsoDate(y.startDate), endDate: fromIsoDate(y.endDate), isCurrent: true },
        select: { id: true },
      });
      await tx.studyPeriod.createMany({
        data: y.periods.map((p, i) => ({
          schoolId,
          yearId: year.id,
          kind: y.kind,
          number: i + 1,
          name: `${i + 1} ${PERIOD_KINDS[y.kind]}`,
          startDate: fromIsoDate(p.startDate),
          endDate: fromIsoDate(p.endDate),
        })),
      });
      await tx.holiday.createMany({
        data: y.holidays.map((h) => ({
          schoolId,
          yearId: year.id,
          name: h.name,
          startDate: fromIsoDate(h.startDate),
          endDate: fromIsoDate(h.endDate),
        })),
      });
      await tx.bell.createMany({ data: input.bells.map((b, i) => ({ schoolId, number: i + 1, startsAt: b.startsAt, endsAt: b.endsAt })) });
      await writeAudit(tx, {
        schoolId,
        actorId: curator.id,
        action: "school.create",
        entity: "School",
        entityId: schoolId,
        after: { via: opts.via, school: s, curator: { login: c.login, email: c.email }, year: y, bells: input.bells.length },
      });
      return { schoolId, curatorId: curator.id, login: c.login };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserError("Этот логин уже занят, выберите другой.", { "curator.login": ["Этот логин уже занят, выберите другой."] });
    throw error;
  }
}
