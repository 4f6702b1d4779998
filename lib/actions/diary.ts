"use server";
// Writes of the family's diary. STU-2: a complaint about a homework, addressed to the head
// teacher; only for a homework of the viewer's active child.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { childAssignmentsWhere } from "@/lib/access/child-lessons";
import { writeAudit } from "@/lib/audit";
import { complaintSchema } from "@/lib/validations/diary";

export const createComplaintAction = defineAction(
  { allow: (v) => v.diaryKind !== null && v.child !== null },
  complaintSchema,
  async ({ homeworkId, text }, { viewer }) => {
    const child = viewer.child!;
    const schoolId = viewer.school.id;
    const homework = await prisma.homework.findFirst({
      where: { id: homeworkId, schoolId, lesson: { assignment: childAssignmentsWhere(schoolId, child) } },
      select: { id: true },
    });
    if (!homework) throw new UserError(NOT_FOUND_MESSAGE);
    await prisma.$transaction(async (tx) => {
      const complaint = await tx.homeworkComplaint.create({
        data: { schoolId, homeworkId, studentId: child.id, authorId: viewer.userId, text },
        select: { id: true },
      });
      await writeAudit(tx, {
        schoolId,
        actorId: viewer.userId,
        action: "homework.complaint.create",
        entity: "HomeworkComplaint",
        entityId: complaint.id,
        after: { homeworkId, studentId: child.id },
      });
    });
    revalidatePath("/week");
  },
);
