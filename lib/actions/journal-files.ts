"use server";
// STF-1: the teacher attaches files to a lesson's homework; students open them under «Сдать».
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { defineAction, NOT_FOUND_MESSAGE, UserError } from "@/lib/actions/action";
import { findWritableLesson } from "@/lib/data/journal-access";
import { JOURNAL_ROLES } from "@/lib/access/roles";
import { storeUploads } from "@/lib/storage/uploads";
import { homeworkFilesUploadSchema } from "@/lib/validations/journal";

export const uploadHomeworkFilesAction = defineAction(
  { roles: JOURNAL_ROLES },
  homeworkFilesUploadSchema,
  async ({ lessonId, files }, { viewer }) => {
    const lesson = await findWritableLesson(viewer, lessonId);
    if (!lesson) throw new UserError(NOT_FOUND_MESSAGE);
    const homework = await prisma.homework.findFirst({ where: { lessonId: lesson.id, schoolId: viewer.school.id }, select: { id: true } });
    if (!homework) throw new UserError("Сначала сохраните текст домашнего задания, потом прикрепляйте файлы.");
    await storeUploads({
      schoolId: viewer.school.id,
      ownerId: viewer.userId,
      files,
      auditAction: "homework.file.attach",
      auditEntity: "HomeworkFile",
      auditDetails: { homeworkId: homework.id, lessonId: lesson.id },
      link: async (tx, fileId) => {
        await tx.homeworkFile.create({ data: { homeworkId: homework.id, fileId } });
      },
    });
    revalidatePath(`/journal/${lesson.assignment.id}`);
  },
);
