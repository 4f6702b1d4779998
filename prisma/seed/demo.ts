// The demo accounts: who they are, documented for the README and used by the tests.
// Every demo account has the password DEMO_PASSWORD; nobody else has a login.
import type { Role, SpecialistKind } from "../../generated/prisma/enums";
import type { Gender } from "./names";

export const DEMO_PASSWORD = "Diary#2026";

export type DemoLogin = {
  login: string;
  /** The main role; `roles` lists them all. */
  role: Role;
  roles: readonly Role[];
  specialistKind?: SpecialistKind;
  school: "СОШ № 17" | "Гимназия № 2";
  /** Фамилия Имя Отчество */
  name: string;
  email: string;
  note: string;
};

export const DEMO_LOGINS = {
  curator: {
    login: "curator",
    role: "CURATOR",
    roles: ["CURATOR"],
    school: "СОШ № 17",
    name: "Лебедева Татьяна Алексеевна",
    email: "curator@example.ru",
    note: "куратор электронного журнала СОШ № 17",
  },
  director: {
    login: "director",
    role: "DIRECTOR",
    roles: ["DIRECTOR"],
    school: "СОШ № 17",
    name: "Громов Сергей Александрович",
    email: "director@example.ru",
    note: "директор СОШ № 17",
  },
  zavuch: {
    login: "zavuch",
    role: "HEAD_TEACHER",
    roles: ["HEAD_TEACHER", "TEACHER"],
    school: "СОШ № 17",
    name: "Захарова Ольга Михайловна",
    email: "zavuch@example.ru",
    note: "заместитель директора по УВР (завуч), учитель истории и обществознания в 9А",
  },
  teacher: {
    login: "teacher",
    role: "TEACHER",
    roles: ["TEACHER"],
    school: "СОШ № 17",
    name: "Ковалёва Ирина Петровна",
    email: "teacher@example.ru",
    note: "учитель математики в 5А и 5Б, классный руководитель 5А; ведёт журнал домашних работ",
  },
  teacher9: {
    login: "teacher9",
    role: "TEACHER",
    roles: ["TEACHER"],
    school: "СОШ № 17",
    name: "Белов Николай Владимирович",
    email: "teacher9@example.ru",
    note: "учитель алгебры, геометрии и ВиС в 9А, классный руководитель 9А; ведёт консультации по подготовке к ОГЭ",
  },
  psychologist: {
    login: "psychologist",
    role: "SPECIALIST",
    roles: ["SPECIALIST"],
    specialistKind: "PSYCHOLOGIST",
    school: "СОШ № 17",
    name: "Орлова Анна Сергеевна",
    email: "psychologist@example.ru",
    note: "педагог-психолог СОШ № 17",
  },
  student: {
    login: "student",
    role: "STUDENT",
    roles: ["STUDENT"],
    school: "СОШ № 17",
    name: "Соколов Артём Дмитриевич",
    email: "student@example.ru",
    note: "ученик 5А; ходит в кружок «Робототехника»; родитель — parent",
  },
  student9: {
    login: "student9",
    role: "STUDENT",
    roles: ["STUDENT"],
    school: "СОШ № 17",
    name: "Соколова Полина Дмитриевна",
    email: "student9@example.ru",
    note: "ученица 9А (сестра student); ходит на консультации «Подготовка к ОГЭ по математике»; есть итоговые оценки за 8 класс",
  },
  parent: {
    login: "parent",
    role: "PARENT",
    roles: ["PARENT"],
    school: "СОШ № 17",
    name: "Соколова Елена Викторовна",
    email: "parent@example.ru",
    note: "мама student (5А) и student9 (9А); подключена услуга «Анализ КР» для student",
  },
  parent2: {
    login: "parent2",
    role: "PARENT",
    roles: ["PARENT"],
    school: "СОШ № 17",
    name: "Морозов Андрей Николаевич",
    email: "parent2@example.ru",
    note: "папа Морозовой Дарьи Андреевны (5Б, без своего логина); другая семья",
  },
  curator2: {
    login: "curator2",
    role: "CURATOR",
    roles: ["CURATOR"],
    school: "Гимназия № 2",
    name: "Фомина Екатерина Игоревна",
    email: "curator2@example.ru",
    note: "куратор Гимназии № 2 (другая школа: для проверок изоляции школ)",
  },
  parent_g2: {
    login: "parent_g2",
    role: "PARENT",
    roles: ["PARENT"],
    school: "Гимназия № 2",
    name: "Кузнецов Павел Олегович",
    email: "parent_g2@example.ru",
    note: "папа Кузнецовой Алисы Павловны (5А Гимназии № 2)",
  },
} as const satisfies Record<string, DemoLogin>;

export type DemoLoginKey = keyof typeof DEMO_LOGINS;

/** Splits «Фамилия Имя Отчество». */
export function demoName(key: DemoLoginKey, gender: Gender) {
  const [lastName, firstName, middleName] = DEMO_LOGINS[key].name.split(" ");
  return { lastName, firstName, middleName, gender };
}

/** Surnames that only the demo families and demo staff carry. */
export const DEMO_SURNAMES = ["Соколов", "Морозов", "Кузнецов", "Ковалёв", "Белов", "Захаров", "Громов", "Лебедев", "Орлов", "Фомин"];

/** Birth dates of the demo children as [month, day], the year following from the grade. */
export const DEMO_BIRTHDAYS = {
  student: [3, 14],
  student9: [6, 22],
  morozova: [11, 2],
  kuznetsova: [4, 9],
} as const;
