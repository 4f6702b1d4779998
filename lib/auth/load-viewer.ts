// Loads a viewer from the database (one SQL statement). Separate from viewer.ts so that it can be
// tested without a request.
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { canSeeSection, diaryKindOf, getSection, type DiaryKind, type DiarySection, type Role } from "@/lib/access/matrix";

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
  /** The UserSession of this request (docs/adr/0007-sessions-and-throttling.md). */
  sessionId: string;
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

/** A person as the viewer needs them: their class this year and their groups, as JSON. */
function personJson(alias: string): Prisma.Sql {
  const p = Prisma.raw(alias);
  return Prisma.sql`json_build_object(
    'id', ${p}.id, 'firstName', ${p}."firstName", 'lastName', ${p}."lastName", 'middleName', ${p}."middleName",
    'class', (SELECT json_build_object('id', sc.id, 'grade', sc.grade, 'letter', sc.letter)
                FROM "ClassMembership" cm
                JOIN "SchoolClass" sc ON sc.id = cm."classId"
                JOIN "StudyYear" y ON y.id = sc."yearId" AND y."isCurrent"
               WHERE cm."studentId" = ${p}.id
               LIMIT 1),
    'groupIds', ARRAY(SELECT gm."groupId" FROM "GroupMembership" gm WHERE gm."studentId" = ${p}.id ORDER BY gm."groupId"))`;
}

type PersonRow = {
  id: string;
  firstName: string;
  lastName: string;
  middleName: string | null;
  class: { id: string; grade: number; letter: string } | null;
  groupIds: string[];
};

type ViewerRow = {
  login: string | null;
  sessionVersion: number;
  mustChangePassword: boolean;
  emailConfirmed: boolean;
  startPage: "HOME" | "DIARY";
  roles: Role[];
  school: ViewerSchool;
  self: PersonRow;
  children: PersonRow[];
};

function toChildRef(p: PersonRow): ChildRef {
  const cls = p.class;
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    middleName: p.middleName,
    classId: cls?.id ?? null,
    classLabel: cls ? `${cls.grade}${cls.letter}` : null,
    grade: cls?.grade ?? null,
    groupIds: p.groupIds,
  };
}

/** What the session cookie claims (lib/auth/session-token.ts); the database decides. */
export type ViewerSession = { uid: string; sv: number; sid: string };

export async function loadViewer(session: ViewerSession, wantedChild: string | undefined): Promise<Viewer | null> {
  const { uid: userId, sv: sessionVersion, sid: sessionId } = session;
  // Every request of a signed-in person runs this, so it is one hand-written statement rather
  // than a nested Prisma query, whose compilation costs more CPU than the query (ADR 0006).
  // The session row is checked in the same statement: ending a session costs no extra round trip.
  const [user] = await prisma.$queryRaw<ViewerRow[]>`
    SELECT u.login, u."sessionVersion", u."mustChangePassword", u."emailConfirmedAt" IS NOT NULL AS "emailConfirmed",
           u."startPage"::text AS "startPage",
           ARRAY(SELECT r.role::text FROM "UserRole" r WHERE r."userId" = u.id ORDER BY r.role) AS roles,
           json_build_object('id', s.id, 'name', s.name, 'shortName', s."shortName", 'address', s.address, 'timezone', s.timezone,
                             'personalNotesMode', s."personalNotesMode", 'parentsMayEditData', s."parentsMayEditData",
                             'milestonesEnabled', s."milestonesEnabled", 'paidServices', s."paidServices") AS school,
           ${personJson("u")} AS self,
           (SELECT coalesce(json_agg(${personJson("c")} ORDER BY c."birthDate" DESC, c.id), '[]')
              FROM "ParentLink" pl JOIN "User" c ON c.id = pl."childId"
             WHERE pl."parentId" = u.id AND pl."schoolId" = u."schoolId") AS children
      FROM "User" u JOIN "School" s ON s.id = u."schoolId"
     WHERE u.id = ${userId}
       AND EXISTS (SELECT 1 FROM "UserSession" us WHERE us.id = ${sessionId} AND us."userId" = u.id AND us."revokedAt" IS NULL)`;
  // A changed password bumps the version: older sessions stop here; an ended session stops above.
  if (!user || user.sessionVersion !== sessionVersion) return null;

  const roles = user.roles;
  const diaryKind = diaryKindOf(roles);
  const children = diaryKind === "STUDENT" ? [toChildRef(user.self)] : diaryKind === "PARENT" ? user.children.map(toChildRef) : [];
  // The cookie only chooses among the viewer's own children; anything else falls back to the first.
  const child = children.find((c) => c.id === wantedChild) ?? children[0] ?? null;

  return {
    userId,
    sessionId,
    login: user.login,
    firstName: user.self.firstName,
    lastName: user.self.lastName,
    middleName: user.self.middleName,
    roles,
    school: user.school,
    diaryKind,
    children,
    child,
    mustChangePassword: user.mustChangePassword,
    emailConfirmed: user.emailConfirmed,
    startPage: user.startPage,
  };
}

/**
 * What a diary read may see: the signed-in person, the child whose diary it is (already checked
 * against the ACC-10 matrix) and the section. Every diary read in lib/data takes this object,
 * never a school id or child id of its own.
 */
export type DiaryScope = { viewer: Viewer; child: ChildRef; section: DiarySection };

/** May the viewer read this diary section (the ACC-10 matrix), and whose diary is it? */
export function sectionAccess(viewer: Viewer, sectionId: string): DiaryScope | null {
  const section = getSection(sectionId);
  if (!canSeeSection(viewer.diaryKind, section, viewer.school) || !viewer.child) return null;
  return { viewer, child: viewer.child, section };
}
