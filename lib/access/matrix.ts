// The visibility matrix (ACC-10) and the role areas: one module that the proxy, the navigation
// and every page guard use. Pure (no I/O), so it runs anywhere and is unit-tested.

import { JOURNAL_ROLES, type FAMILY_ROLES, type Role } from "./roles";

export type { Role };

/** Whose diary a person reads: a student their own, a parent their children's. */
export type DiaryKind = (typeof FAMILY_ROLES)[number];

export type SchoolFlags = { personalNotesMode: boolean };

export type SectionGroup = "Учёба" | "Успеваемость" | "Обратная связь" | "Планирование" | "Школа" | "Сервисы";

export type DiarySection = {
  id: string;
  /** URL of the section; also the name of its folder under app/(diary). */
  path: string;
  title: string;
  group: SectionGroup | null;
  spec: string;
  student: boolean;
  parent: boolean;
  /** Shown only when the school uses personal notes (true) or only when it does not (false). */
  personalNotes?: boolean;
  /** Built (true) or an honest «в разработке» page (false). */
  ready: boolean;
};

const both = { student: true, parent: true } as const;
const parentOnly = { student: false, parent: true } as const;
const studentOnly = { student: true, parent: false } as const;

export const DIARY_SECTIONS: readonly DiarySection[] = [
  { id: "home", path: "/home", title: "Главная", group: null, spec: "OTH-1", ...both, ready: true },
  { id: "week", path: "/week", title: "Учебная неделя", group: "Учёба", spec: "STU-1", ...both, ready: true },
  { id: "missed-topics", path: "/missed-topics", title: "Пропущенные темы", group: "Учёба", spec: "STU-4", ...both, ready: true },
  { id: "attendance", path: "/attendance", title: "Посещаемость", group: "Учёба", spec: "STU-5", ...both, ready: true },
  { id: "marks", path: "/marks", title: "Текущие отметки", group: "Успеваемость", spec: "GRD-1", ...both, ready: true },
  { id: "homework-marks", path: "/homework-marks", title: "Отметки (ДЗ)", group: "Успеваемость", spec: "GRD-2", ...both, ready: true },
  { id: "extra-marks", path: "/extra-marks", title: "Отметки (ДО)", group: "Успеваемость", spec: "GRD-3", ...both, ready: true },
  { id: "final-marks", path: "/final-marks", title: "Итоговые оценки", group: "Успеваемость", spec: "GRD-4", ...both, ready: true },
  { id: "control-analysis", path: "/control-analysis", title: "Анализ КР", group: "Успеваемость", spec: "GRD-5", ...both, ready: true },
  { id: "rating", path: "/rating", title: "Рейтинг", group: "Успеваемость", spec: "GRD-6", ...both, ready: true },
  {
    id: "remarks",
    path: "/remarks",
    title: "Замечания",
    group: "Обратная связь",
    spec: "FBK-1",
    ...parentOnly,
    personalNotes: false,
    ready: false,
  },
  {
    id: "comments",
    path: "/comments",
    title: "Комментарии",
    group: "Обратная связь",
    spec: "FBK-2",
    ...parentOnly,
    personalNotes: false,
    ready: false,
  },
  {
    id: "absence-notes",
    path: "/absence-notes",
    title: "Записки от родителей",
    group: "Обратная связь",
    spec: "FBK-3",
    ...parentOnly,
    ready: false,
  },
  {
    id: "development",
    path: "/development",
    title: "Развитие обучающегося",
    group: "Обратная связь",
    spec: "FBK-4",
    ...parentOnly,
    ready: false,
  },
  {
    id: "personal-notes",
    path: "/personal-notes",
    title: "Персональные заметки",
    group: "Обратная связь",
    spec: "FBK-5",
    ...parentOnly,
    personalNotes: true,
    ready: false,
  },
  { id: "courses", path: "/courses", title: "Модульные курсы", group: "Учёба", spec: "CRS-1", ...studentOnly, ready: false },
  { id: "study-plan", path: "/study-plan", title: "Учебный план", group: "Планирование", spec: "PLN-1", ...both, ready: false },
  {
    id: "expected-results",
    path: "/expected-results",
    title: "Планируемые результаты",
    group: "Планирование",
    spec: "PLN-2",
    ...both,
    ready: false,
  },
  { id: "lesson-plans", path: "/lesson-plans", title: "Поурочные планы", group: "Планирование", spec: "PLN-3", ...both, ready: false },
  { id: "control-schedule", path: "/control-schedule", title: "График КР", group: "Планирование", spec: "PLN-4", ...both, ready: true },
  { id: "portfolio", path: "/portfolio", title: "Портфолио", group: "Школа", spec: "PRT-1", ...both, ready: false },
  { id: "tests", path: "/tests", title: "Тесты", group: "Учёба", spec: "TST-1", ...studentOnly, ready: false },
  { id: "schedule", path: "/schedule", title: "Расписание", group: "Школа", spec: "SCH-1", ...both, ready: true },
  { id: "messages", path: "/messages", title: "Сообщения", group: "Школа", spec: "COM-1", ...both, ready: false },
  { id: "people", path: "/people", title: "Люди", group: "Школа", spec: "COM-2", ...both, ready: false },
  { id: "announcements", path: "/announcements", title: "Объявления", group: "Школа", spec: "COM-3", ...both, ready: false },
  { id: "calendar", path: "/calendar", title: "Календарь", group: "Школа", spec: "COM-4", ...both, ready: false },
  { id: "online-lessons", path: "/online-lessons", title: "Онлайн-уроки", group: "Учёба", spec: "OTH-2", ...studentOnly, ready: false },
  { id: "services", path: "/services", title: "Сервисы", group: "Сервисы", spec: "OTH-3", ...parentOnly, ready: false },
  { id: "payment", path: "/payment", title: "Оплата", group: "Сервисы", spec: "OTH-3", ...parentOnly, ready: false },
  { id: "support", path: "/support", title: "Поддержка", group: "Сервисы", spec: "COM-5", ...both, ready: false },
];

export function diaryKindOf(roles: readonly Role[]): DiaryKind | null {
  if (roles.includes("STUDENT")) return "STUDENT";
  if (roles.includes("PARENT")) return "PARENT";
  return null;
}

export function getSection(id: string): DiarySection {
  const section = DIARY_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown diary section: ${id}`);
  return section;
}

/** May this kind of diary reader see this section in this school? */
export function canSeeSection(kind: DiaryKind | null, section: DiarySection, school: SchoolFlags): boolean {
  if (kind === null) return false;
  if (kind === "STUDENT" && !section.student) return false;
  if (kind === "PARENT" && !section.parent) return false;
  if (section.personalNotes !== undefined && section.personalNotes !== school.personalNotesMode) return false;
  return true;
}

export function visibleSections(kind: DiaryKind | null, school: SchoolFlags): DiarySection[] {
  return DIARY_SECTIONS.filter((s) => canSeeSection(kind, s, school));
}

/** Which diary section a URL belongs to (the section's path or anything under it). */
export function sectionForPath(pathname: string): DiarySection | undefined {
  return DIARY_SECTIONS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`));
}

export type Area = "public" | "diary" | "journal" | "admin" | "account" | "root";

const PUBLIC_PREFIXES = [
  "/login",
  "/register",
  "/setup",
  "/forgot-password",
  "/reset-password",
  "/confirm-email",
  "/api/auth",
  "/api/health",
  "/dev/outbox",
  "/logout",
];
const ACCOUNT_PREFIXES = ["/profile", "/security", "/settings", "/api/files"];

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function areaForPath(pathname: string): Area {
  if (pathname === "/") return "root";
  if (PUBLIC_PREFIXES.some((p) => under(pathname, p))) return "public";
  if (under(pathname, "/admin")) return "admin";
  if (under(pathname, "/journal")) return "journal";
  if (ACCOUNT_PREFIXES.some((p) => under(pathname, p))) return "account";
  // Every other URL is treated as the diary's, so that a new section is guarded by default.
  return "diary";
}

/** May a person with these roles enter the area at all? (Pages still check their records.) */
export function canEnterArea(roles: readonly Role[], area: Area): boolean {
  switch (area) {
    case "public":
    case "root":
    case "account":
      return true;
    case "admin":
      return roles.includes("CURATOR");
    case "journal":
      return roles.some((r) => JOURNAL_ROLES.includes(r));
    case "diary":
      return diaryKindOf(roles) !== null;
  }
}

/** Where a person lands after signing in. */
export function homePathFor(roles: readonly Role[], startPage: "HOME" | "DIARY" = "HOME"): string {
  if (diaryKindOf(roles)) return startPage === "DIARY" ? "/week" : "/home";
  if (roles.some((r) => JOURNAL_ROLES.includes(r))) return "/journal";
  if (roles.includes("CURATOR")) return "/admin";
  return "/profile";
}
