// Loads a viewer from the database (one SQL query). Separate from viewer.ts so that it can be
// tested without a request.
import { prisma } from "@/lib/db";
import { diaryKindOf, type DiaryKind, type Role } from "@/lib/access/matrix";

export type ChildRef = {
  id: string;
  firstName: string;
  lastName: string;
  middleName: string | null;
  classId: string | null;
  classLabel: string | null;
  grade: number | null;
  /** Groups the child belongs to (class parts, clubs, extended day). */
  groupIds: string[];
};

export type ViewerSchool = {
  id: string;
  name: string;
  shortName: string;
  address: string;
  timezone: string;
  personalNotesMode: boolean;
  parentsMayEditData: boolean;
  milestonesEnabled: boolean;
  paidServices: string[];
};

export type Viewer = {
  userId: string;
  login: string | null;
  firstName: string;
  lastName: string;
  middleName: string | null;
  roles: Role[];
  school: ViewerSchool;
  diaryKind: DiaryKind | null;
  /** The children whose diaries this person may read (a student: themself). */
  children: ChildRef[];
  /** The diary being read now; always one of `children`. */
  child: ChildRef | null;
  mustChangePassword: boolean;
  emailConfirmed: boolean;
  startPage: "HOME" | "DIARY";
};

const currentClass = { where: { class: { year: { isCurrent: true } } }, select: { class: { select: { id: true, grade: true, letter: true } } } } as const;

const personSelect = {
  id: true,
  firstName: true,
  lastName: true,
  middleName: true,
  memberships: currentClass,
  groupMemberships: { select: { groupId: true } },
} as const;

type PersonRow = {
  id: string;
  firstName: string;
  lastName: string;
  middleName: string | null;
  memberships: { class: { id: string; grade: number; letter: string } }[];
  groupMemberships: { groupId: string }[];
};

function toChildRef(p: PersonRow): ChildRef {
  const cls = p.memberships[0]?.class ?? null;
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    middleName: p.middleName,
    classId: cls?.id ?? null,
    classLabel: cls ? `${cls.grade}${cls.letter}` : null,
    grade: cls?.grade ?? null,
    groupIds: p.groupMemberships.map((g) => g.groupId),
  };
}

export async function loadViewer(userId: string, sessionVersion: number, wantedChild: string | undefined): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    relationLoadStrategy: "join",
    select: {
      ...personSelect,
      login: true,
      sessionVersion: true,
      mustChangePassword: true,
      emailConfirmedAt: true,
      startPage: true,
      school: {
        select: {
          id: true,
          name: true,
          shortName: true,
          address: true,
          timezone: true,
          personalNotesMode: true,
          parentsMayEditData: true,
          milestonesEnabled: true,
          paidServices: true,
        },
      },
      roles: { select: { role: true } },
      children: { select: { child: { select: personSelect } }, orderBy: { child: { birthDate: "desc" } } },
    },
  });
  // A changed password bumps the version: older sessions stop here.
  if (!user || user.sessionVersion !== sessionVersion) return null;

  const roles = user.roles.map((r) => r.role as Role);
  const diaryKind = diaryKindOf(roles);
  const children =
    diaryKind === "STUDENT" ? [toChildRef(user)] : diaryKind === "PARENT" ? user.children.map((l) => toChildRef(l.child)) : [];
  // The cookie only chooses among the viewer's own children; anything else falls back to the first.
  const child = children.find((c) => c.id === wantedChild) ?? children[0] ?? null;

  return {
    userId: user.id,
    login: user.login,
    firstName: user.firstName,
    lastName: user.lastName,
    middleName: user.middleName,
    roles,
    school: user.school,
    diaryKind,
    children,
    child,
    mustChangePassword: user.mustChangePassword,
    emailConfirmed: user.emailConfirmedAt !== null,
    startPage: user.startPage,
  };
}

