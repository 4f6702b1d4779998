// The import's commit (ADM-3): re-plans inside one transaction (under a per-school lock, so two
// clicks cannot both create the same people), writes classes, students, memberships, parents and
// links, issues invite codes for the people it created, and records it in the audit log.
import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { issueInviteCodes } from "@/lib/accounts/invite-codes";
import { fullName } from "@/lib/names";
import { fromIsoDate } from "@/lib/time/dates";
import { UserError } from "@/lib/user-error";
import { planImport, type ImportPlan } from "./plan";
import type { Cell } from "./table";

export type CreatedPerson = { name: string; role: "STUDENT" | "PARENT"; classLabel: string; childName: string | null; code: string };
export type ImportResult = { counts: ImportPlan["counts"]; newClasses: string[]; created: CreatedPerson[] };

export async function runImport(schoolId: string, actorId: string, table: Cell[][]): Promise<ImportResult> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`import:${schoolId}`}))`;
      const planned = await planImport(tx, schoolId, table);
      if (!planned.ok) throw new UserError(planned.message);
      const { plan, detail } = planned;
      if (plan.problemRows) throw new UserError(`В файле есть ошибки (${plan.problemRows}): исправьте их и загрузите файл снова.`);

      for (const [label, id] of detail.classes) {
        if (id) continue;
        const created = await tx.schoolClass.create({
          data: { schoolId, yearId: detail.yearId, grade: Number(label.slice(0, -1)), letter: label.slice(-1) },
          select: { id: true },
        });
        detail.classes.set(label, created.id);
      }

      // Existing students keep their class; a student without a class this year gets the file's one.
      const current = await tx.classMembership.findMany({
        where: {
          schoolId,
          class: { yearId: detail.yearId },
          studentId: { in: [...detail.students.values()].flatMap((s) => (s.id ? [s.id] : [])) },
        },
        select: { studentId: true },
      });
      const placed = new Set(current.map((m) => m.studentId));
      const studentIds = new Map<string, string>();
      const newUsers: {
        id: string;
        schoolId: string;
        lastName: string;
        firstName: string;
        middleName: string | null;
        birthDate?: Date;
        email?: string | null;
      }[] = [];
      const memberships: { schoolId: string; classId: string; studentId: string }[] = [];
      const createdStudents: { id: string; name: string; classLabel: string }[] = [];
      for (const [key, s] of detail.students) {
        const st = s.row.student;
        const classLabel = `${st.grade}${st.letter}`;
        const id = s.id ?? randomUUID();
        studentIds.set(key, id);
        if (!s.id) {
          newUsers.push({
            id,
            schoolId,
            lastName: st.lastName,
            firstName: st.firstName,
            middleName: st.middleName,
            birthDate: fromIsoDate(st.birthDate!),
          });
          createdStudents.push({ id, name: fullName(st), classLabel });
        }
        if (!placed.has(id)) memberships.push({ schoolId, classId: detail.classes.get(classLabel)!, studentId: id });
      }

      const links: { schoolId: string; parentId: string; childId: string }[] = [];
      const createdParents: { id: string; name: string; childId: string }[] = [];
      for (const p of detail.parents.values()) {
        const id = p.id ?? randomUUID();
        const children = [...p.childKeys].map((k) => studentIds.get(k)!);
        if (!p.id) {
          const pr = p.row.parent!;
          newUsers.push({ id, schoolId, lastName: pr.lastName, firstName: pr.firstName, middleName: pr.middleName, email: pr.email });
          createdParents.push({ id, name: fullName(pr), childId: children[0] });
        }
        for (const childId of children) links.push({ schoolId, parentId: id, childId });
      }

      await tx.user.createMany({ data: newUsers });
      await tx.userRole.createMany({
        data: [
          ...createdStudents.map((s) => ({ userId: s.id, role: "STUDENT" as const })),
          ...createdParents.map((p) => ({ userId: p.id, role: "PARENT" as const })),
        ],
      });
      await tx.classMembership.createMany({ data: memberships, skipDuplicates: true });
      await tx.parentLink.createMany({ data: links, skipDuplicates: true });

      const requests = [
        ...createdStudents.map((s) => ({ studentId: s.id, role: "STUDENT" as const })),
        ...createdParents.map((p) => ({ studentId: p.childId, role: "PARENT" as const })),
      ];
      const issued = requests.length ? await issueInviteCodes(tx, { schoolId, actorId, requests }) : [];
      const byStudent = new Map(
        [...detail.students].map(([key, s]) => [
          studentIds.get(key)!,
          { name: fullName(s.row.student), classLabel: `${s.row.student.grade}${s.row.student.letter}` },
        ]),
      );
      const created: CreatedPerson[] = [
        ...createdStudents.map((s, i) => ({
          name: s.name,
          role: "STUDENT" as const,
          classLabel: s.classLabel,
          childName: null,
          code: issued[i].code,
        })),
        ...createdParents.map((p, i) => {
          const child = byStudent.get(p.childId);
          return {
            name: p.name,
            role: "PARENT" as const,
            classLabel: child?.classLabel ?? "",
            childName: child?.name ?? null,
            code: issued[createdStudents.length + i].code,
          };
        }),
      ];

      await writeAudit(tx, {
        schoolId,
        actorId,
        action: "import.people",
        entity: "Import",
        after: { ...plan.counts, newClasses: plan.newClasses, rows: plan.rows.length },
      });
      return { counts: plan.counts, newClasses: plan.newClasses, created };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
