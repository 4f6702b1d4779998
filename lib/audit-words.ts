// The audit log in the school's words (ADM-4): what each recorded action means, and a short
// readable summary of its details instead of the stored JSON. Unknown keys are left out rather
// than shown raw; an unknown action keeps its code so that nothing recorded is hidden.

export const ACTION_LABELS: Record<string, string> = {
  "mark.create": "Поставлена оценка",
  "mark.update": "Исправлена оценка",
  "mark.delete": "Удалена оценка",
  "finalMark.create": "Выставлена итоговая оценка",
  "finalMark.update": "Исправлена итоговая оценка",
  "finalMark.delete": "Удалена итоговая оценка",
  "attendance.create": "Отмечен пропуск",
  "attendance.update": "Исправлен пропуск",
  "attendance.delete": "Снята отметка о пропуске",
  "lesson.create": "Создан урок",
  "lesson.update": "Изменён урок",
  "homework.create": "Задано домашнее задание",
  "homework.update": "Изменено домашнее задание",
  "homework.delete": "Удалено домашнее задание",
  "homework.file.attach": "Приложен файл к заданию",
  "homework.complaint.create": "Жалоба на задание",
  "complaint.answer": "Ответ на жалобу",
  "remark.create": "Запись для родителей",
  "submission.upload": "Ученик сдал файл",
  "submission.delete": "Удалён сданный файл",
  "import.people": "Импорт людей",
  "invite.issue": "Выданы пригласительные коды",
  "invite.revoke": "Отозван пригласительный код",
  "user.register": "Регистрация по коду",
  "user.merge": "Объединены учётные записи",
  "user.password.set": "Куратор задал пароль",
  "user.password.change": "Пароль изменён владельцем",
  "user.password.reset": "Пароль восстановлен по письму",
  "user.profile.update": "Изменены личные данные",
  "parent.child.add": "Родитель добавил ребёнка",
  "school.update": "Изменены данные школы",
  "school.year.create": "Создан учебный год",
  "school.year.start": "Начат новый учебный год",
  "school.period.create": "Добавлен учебный период",
  "school.holiday.create": "Добавлены каникулы",
  "school.bells.update": "Изменено расписание звонков",
  "class.create": "Создан класс",
  "subject.create": "Добавлен предмет",
  "staff.roles.set": "Изменены роли сотрудника",
  "assignment.create": "Назначена нагрузка",
  "timetable.slot.create": "Добавлен урок в расписание",
  "timetable.slot.delete": "Урок убран из расписания",
  "school.create": "Создана школа",
  "school.year.update": "Изменён учебный год",
  "school.year.delete": "Удалён учебный год",
  "school.period.update": "Изменён учебный период",
  "school.period.delete": "Удалён учебный период",
  "school.holiday.update": "Изменены каникулы",
  "school.holiday.delete": "Удалены каникулы",
  "school.bell.delete": "Удалён урок из звонков",
  "class.update": "Изменён класс",
  "class.delete": "Удалён класс",
  "subject.update": "Изменён предмет",
  "subject.delete": "Удалён предмет",
  "assignment.update": "Изменена нагрузка",
  "assignment.delete": "Удалена нагрузка",
  "assignment.homeworkJournal": "Включён или выключен журнал ДЗ",
  "staff.create": "Добавлен сотрудник",
  "import.staff": "Импорт сотрудников",
  "user.remove": "Удалена учётная запись",
  "user.sessions.end": "Завершены другие сеансы",
  "parent.child.link": "Куратор связал родителя с ребёнком",
  "parent.child.unlink": "Куратор убрал связь родителя с ребёнком",
  "group.create": "Создано объединение",
  "group.update": "Изменено объединение",
  "group.remove": "Удалено объединение",
  "group.enrol": "Ученики записаны в объединение",
  "group.unenrol": "Ученик выбыл из объединения",
  "milestone.record": "Сохранены результаты рубежного контроля",
  "lesson.plan": "Запланирована контрольная работа",
  "control-task.create": "Добавлено задание контрольной работы",
  "control-task.delete": "Удалено задание контрольной работы",
  "control-results.save": "Сохранены результаты по заданиям КР",
  "family-service.on": "Подключена платная услуга",
  "family-service.off": "Отключена платная услуга",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** Keys of the recorded details, in words; keys not listed here are not shown. */
const FIELD_LABELS: Record<string, string> = {
  value: "оценка",
  comment: "комментарий",
  kind: "вид",
  text: "текст",
  answer: "ответ",
  status: "статус",
  date: "дата",
  number: "урок №",
  name: "название",
  shortName: "краткое название",
  fullName: "полное название",
  address: "адрес",
  grade: "параллель",
  letter: "буква",
  login: "логин",
  role: "роль",
  roles: "роли",
  count: "кодов",
  size: "размер, байт",
  startsOn: "с",
  endsOn: "по",
  from: "прежний год",
  graduated: "выпущено",
  rows: "строк",
  created: "создано",
  updated: "обновлено",
  skipped: "пропущено",
  students: "учеников",
  parents: "родителей",
  removedLogin: "удалённый логин",
  movedChildren: "перенесено детей",
  emailChanged: "почта изменена",
  snilsChanged: "СНИЛС изменён",
  reissued: "выдан новый",
  files: "файлы",
  dayOfWeek: "день недели",
  minutes: "минут опоздания",
};

const VALUE_WORDS: Record<string, string> = {
  ABSENT: "не был (Н)",
  SICK: "болел (Б)",
  EXCUSED: "уважительная причина (УП)",
  LATE: "опоздание (ОП)",
  REMARK: "замечание",
  COMMENT: "комментарий",
  STUDENT: "ученик",
  PARENT: "родитель",
  TEACHER: "учитель",
  OPEN: "открыта",
  ANSWERED: "отвечена",
  CLOSED: "закрыта",
};

function words(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const text = VALUE_WORDS[value] ?? value;
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }
  if (Array.isArray(value)) {
    const parts = value.map(words).filter((v): v is string => v !== null);
    return parts.length ? parts.slice(0, 5).join(", ") + (parts.length > 5 ? ` и ещё ${parts.length - 5}` : "") : null;
  }
  return null; // nested objects (ids, lists of codes) say nothing to a reader
}

function pairs(details: unknown): string[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    const label = FIELD_LABELS[key];
    const shown = label ? words(value) : null;
    if (label && shown !== null) out.push(`${label}: ${shown}`);
  }
  return out;
}

/** «было: оценка 4 → стало: оценка 5, комментарий: …», or «» when nothing readable was recorded. */
export function summarizeDetails(before: unknown, after: unknown): string {
  const was = pairs(before).join(", ");
  const now = pairs(after).join(", ");
  if (was && now) return `было: ${was} → стало: ${now}`;
  if (was) return `было: ${was}`;
  return now;
}
