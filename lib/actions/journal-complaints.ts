"use server";
// The head teacher answers and closes homework complaints (STU-2).
import { revalidatePath } from "next/cache";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { complaintAnswerSchema } from "@/lib/validations/journal";

export const answerComplaintAction = defineAction({ roles: ["HEAD_TEACHER"] }, complaintAnswerSchema, async (input, { viewer }) => {
  await prisma.$transaction(async (tx) => {
    const c = await tx.homeworkComplaint.findFirst({
      where: { id: input.complaintId, schoolId: viewer.school.id },
      select: { id: true, status: true, answer: true },
    });
    if (!c) throw new UserError(NOT_FOUND_MESSAGE);
    if (c.status === "CLOSED") throw new UserError("Жалоба уже закрыта.");
    const status = input.close ? "CLOSED" : "ANSWERED";
    await tx.homeworkComplaint.update({ where: { id: c.id }, data: { answer: input.answer, status, answeredById: viewer.userId } });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "complaint.answer",
      entity: "HomeworkComplaint",
      entityId: c.id,
      before: { status: c.status, answer: c.answer },
      after: { status, answer: input.answer },
    });
  });
  revalidatePath("/journal/complaints");
});
