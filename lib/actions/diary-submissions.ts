"use server";
// STU-3: a student hands in files for a homework and deletes their own. Students only — a
// parent's request is refused like a missing record, whatever the client sends.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { childAssignmentsWhere } from "@/lib/access/child-lessons";
import { writeAudit } from "@/lib/audit";
import { fileStore } from "@/lib/storage";
import { storeUploads } from "@/lib/storage/uploads";
import { submissionDeleteSchema, submissionUploadSchema } from "@/lib/validations/diary";

const studentOnly = { allow: (v: { diaryKind: string | null; child: unknown }) => v.diaryKind === "STUDENT" && v.child !== null };

export const uploadSubmissionAction = defineAction(studentOnly, submissionUploadSchema, async ({ homeworkId, files }, { viewer }) => {
  const schoolId = viewer.school.id;
  const homework = await prisma.homework.findFirst({
    where: { id: homeworkId, schoolId, acceptsSubmissions: true, lesson: { assignment: childAssignmentsWhere(schoolId, viewer.child!) } },
    select: { id: true },
  });
  if (!homework) throw new UserError(NOT_FOUND_MESSAGE);

  await storeUploads({
    schoolId,
    ownerId: viewer.userId,
    files,
    auditAction: "submission.upload",
    auditEntity: "SubmissionFile",
    auditDetails: { homeworkId },
    link: async (tx, fileId) => {
      await tx.submissionFile.create({ data: { schoolId, homeworkId, studentId: viewer.userId, fileId } });
    },
  });
  revalidatePath("/week");
});

export const deleteSubmissionAction = defineAction(studentOnly, submissionDeleteSchema, async ({ fileId }, { viewer }) => {
  const schoolId = viewer.school.id;
  const row = await prisma.submissionFile.findFirst({
    where: { fileId, schoolId, studentId: viewer.userId },
    select: { homeworkId: true, file: { select: { id: true, storageKey: true, name: true } } },
  });
  if (!row) throw new UserError(NOT_FOUND_MESSAGE);
  await prisma.$transaction(async (tx) => {
    // A second click that arrives while the first is deleting finds nothing: the same answer.
    const { count } = await tx.storedFile.deleteMany({ where: { id: row.file.id, ownerId: viewer.userId } });
    if (count === 0) throw new UserError(NOT_FOUND_MESSAGE);
    await writeAudit(tx, {
      schoolId,
      actorId: viewer.userId,
      action: "submission.delete",
      entity: "SubmissionFile",
      entityId: row.file.id,
      before: { homeworkId: row.homeworkId, name: row.file.name },
    });
  });
  // The record is gone; bytes the store fails to remove are only logged (nobody can reach them).
  await fileStore()
    .remove(row.file.storageKey)
    .catch((e) => console.error("[storage] could not remove", row.file.storageKey, e));
  revalidatePath("/week");
});
