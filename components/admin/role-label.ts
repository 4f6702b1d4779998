export const ROLE_LABEL: Record<string, string> = {
  STUDENT: "ученик",
  PARENT: "родитель",
  TEACHER: "учитель",
  HEAD_TEACHER: "завуч",
  DIRECTOR: "директор",
  SPECIALIST: "специалист",
  CURATOR: "куратор",
};
