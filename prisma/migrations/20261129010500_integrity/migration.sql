-- Integrity rules Prisma's schema language cannot express (hand-written; the datamodel is unchanged).

-- FinalMark: YEAR, EXAM and FINAL marks have no period; NULLs must not make duplicates possible.
DROP INDEX "FinalMark_studentId_subjectId_yearId_kind_periodId_key";
CREATE UNIQUE INDEX "FinalMark_studentId_subjectId_yearId_kind_periodId_key"
  ON "FinalMark"("studentId", "subjectId", "yearId", "kind", "periodId") NULLS NOT DISTINCT;

-- A school has at most one current study year.
CREATE UNIQUE INDEX "StudyYear_one_current_per_school" ON "StudyYear"("schoolId") WHERE "isCurrent";
