"use server";
// STU-3: a student hands in files for a homework and deletes their own. Students only — a
// parent's request is refused like a missing record, whatever the client sends.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { childAssignmentsWhere } from "@/lib/data/diary";
import { writeAudit } from "@/lib/audit";
import { fileStore, newStorageKey } from "@/lib/storage";
import { submissionDeleteSchema, submissionUploadSchema } from "@/lib/validations/diary";

const studentOnly = { allow: (v: { diaryKind: string | null; child: unknown }) => v.diaryKind === "STUDENT" && v.child !== null };

export const uploadSubmissionAction = defineAction(studentOnly, submissionUploadSchema, async ({ homeworkId, files }, { viewer }) => {
  const schoolId = viewer.school.id;
  const homework = await prisma.homework.findFirst({
    where: { id: homeworkId, schoolId, acceptsSubmissions: true, lesson: { assignment: childAssignmentsWhere(schoolId, viewer.child!) } },
    select: { id: true },
  });
  if (!homework) throw new UserError(NOT_FOUND_MESSAGE);

  const stored: { key: string; file: File }[] = [];
  try {
    for (const file of files) {
      const key = newStorageKey(schoolId);
      await fileStore().put(key, new Uint8Array(await file.arrayBuffer()), file.type || "application/octet-stream");
      stored.push({ key, file });
    }
    await prisma.$transaction(async (tx) => {
      for (const { key, file } of stored) {
        const row = await tx.storedFile.create({
          data: { schoolId, ownerId: viewer.userId, storageKey: key, name: file.name.slice(0, 200), mimeType: file.type || "application/octet-stream", size: file.size },
          select: { id: true },
        });
        await tx.submissionFile.create({ data: { schoolId, homeworkId, studentId: viewer.userId, fileId: row.id } });
        await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "submission.upload", entity: "SubmissionFile", entityId: row.id, after: { homeworkId, name: file.name, size: file.size } });
      }
    });
  } catch (error) {
    // Nothing half-written: files without rows are removed again.
    await Promise.allSettled(stored.map((s) => fileStore().remove(s.key)));
    throw error;
  }
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
    await tx.storedFile.delete({ where: { id: row.file.id } });
    await writeAudit(tx, { schoolId, actorId: viewer.userId, action: "submission.delete", entity: "SubmissionFile", entityId: row.file.id, before: { homeworkId: row.homeworkId, name: row.file.name } });
  });
  await fileStore().remove(row.file.storageKey);
  revalidatePath("/week");
});
