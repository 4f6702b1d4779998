// «Does this child attend this lesson?», once: a child attends the current year's assignments of
// their class taught to the whole class, and those of the groups they belong to (a class part,
// a club). Written three ways for three kinds of reads, kept side by side so they cannot drift.
import { Prisma } from "@/generated/prisma/client";
import type { ChildRef } from "@/lib/auth/load-viewer";

type AssignmentRef = { classId: string | null; groupId: string | null; year: { isCurrent: boolean } };

/** For a lesson already loaded (file downloads). */
export function childAttends(child: ChildRef, assignment: AssignmentRef): boolean {
  if (!assignment.year.isCurrent) return false;
  if (assignment.groupId) return child.groupIds.includes(assignment.groupId);
  return assignment.classId !== null && assignment.classId === child.classId;
}

/** For Prisma reads: the assignments (subjects taught) whose lessons a child attends this year. */
export function childAssignmentsWhere(schoolId: string, child: ChildRef): Prisma.TeachingAssignmentWhereInput {
  const or: Prisma.TeachingAssignmentWhereInput[] = [];
  if (child.classId) or.push({ classId: child.classId, groupId: null });
  if (child.groupIds.length) or.push({ groupId: { in: child.groupIds } });
  return { schoolId, year: { isCurrent: true }, ...(or.length ? { OR: or } : { id: { in: [] } }) };
}

/**
 * For the hand-written reads (ADR 0006): the condition on a "TeachingAssignment" aliased `ta`
 * (the query must join "StudyYear" y on ta."yearId").
 */
export function childAssignmentsSql(schoolId: string, child: ChildRef): Prisma.Sql {
  return Prisma.sql`ta."schoolId" = ${schoolId} AND y."isCurrent"
    AND ((ta."classId" = ${child.classId} AND ta."groupId" IS NULL) OR ta."groupId" = ANY(${child.groupIds}::text[]))`;
}
