// The curriculum of the demo school: subjects, weekly hours per grade (after the federal
// curriculum for a five-day week) and which kind of teacher teaches what.

export type SubjectDef = { name: string; shortName: string };

export const SUBJECTS: SubjectDef[] = [
  { name: "Русский язык", shortName: "Рус. яз." },
  { name: "Литературное чтение", shortName: "Лит. чтение" },
  { name: "Литература", shortName: "Литер." },
  { name: "Математика", shortName: "Матем." },
  { name: "Алгебра", shortName: "Алгебра" },
  { name: "Геометрия", shortName: "Геом." },
  { name: "Вероятность и статистика", shortName: "ВиС" },
  { name: "Информатика", shortName: "Информ." },
  { name: "Окружающий мир", shortName: "Окр. мир" },
  { name: "История", shortName: "История" },
  { name: "Обществознание", shortName: "Общ." },
  { name: "География", shortName: "Геогр." },
  { name: "Биология", shortName: "Биол." },
  { name: "Физика", shortName: "Физика" },
  { name: "Химия", shortName: "Химия" },
  { name: "Английский язык", shortName: "Англ. яз." },
  { name: "Изобразительное искусство", shortName: "ИЗО" },
  { name: "Музыка", shortName: "Музыка" },
  { name: "Труд (технология)", shortName: "Труд" },
  { name: "Физическая культура", shortName: "Физ-ра" },
  { name: "ОБЗР", shortName: "ОБЗР" },
  { name: "Основы религиозных культур и светской этики", shortName: "ОРКСЭ" },
  { name: "Индивидуальный проект", shortName: "Инд. проект" },
];

/** Subjects of the afternoon journals (GRD-3): not part of the curriculum, no final marks. */
export const EXTRA_SUBJECTS: SubjectDef[] = [
  { name: "Робототехника", shortName: "Робот." },
  { name: "Продлённый день", shortName: "ГПД" },
  { name: "Консультации по математике", shortName: "Конс. матем." },
];

/** The subject taught in two halves of a class at once (CLASS_PART groups). */
export const SPLIT_SUBJECT = "Английский язык";

const PRIMARY: Record<string, number> = {
  "Русский язык": 5,
  "Литературное чтение": 4,
  Математика: 4,
  "Окружающий мир": 2,
  "Английский язык": 2,
  "Изобразительное искусство": 1,
  Музыка: 1,
  "Труд (технология)": 1,
  "Физическая культура": 2,
};

const HOURS: Record<number, Record<string, number>> = {
  5: {
    "Русский язык": 5,
    Литература: 3,
    Математика: 5,
    "Английский язык": 3,
    История: 2,
    Биология: 1,
    География: 1,
    "Изобразительное искусство": 1,
    Музыка: 1,
    "Труд (технология)": 2,
    "Физическая культура": 3,
  },
  6: {
    "Русский язык": 6,
    Литература: 3,
    Математика: 5,
    "Английский язык": 3,
    История: 2,
    Обществознание: 1,
    Биология: 1,
    География: 1,
    "Изобразительное искусство": 1,
    Музыка: 1,
    "Труд (технология)": 2,
    "Физическая культура": 2,
  },
  7: {
    "Русский язык": 4,
    Литература: 2,
    Алгебра: 3,
    Геометрия: 2,
    "Вероятность и статистика": 1,
    Информатика: 1,
    "Английский язык": 3,
    История: 2,
    Обществознание: 1,
    География: 2,
    Биология: 1,
    Физика: 2,
    "Изобразительное искусство": 1,
    Музыка: 1,
    "Труд (технология)": 2,
    "Физическая культура": 2,
  },
  8: {
    "Русский язык": 3,
    Литература: 2,
    Алгебра: 3,
    Геометрия: 2,
    "Вероятность и статистика": 1,
    Информатика: 1,
    "Английский язык": 3,
    История: 2,
    Обществознание: 1,
    География: 2,
    Биология: 2,
    Физика: 2,
    Химия: 2,
    Музыка: 1,
    "Труд (технология)": 1,
    "Физическая культура": 2,
    ОБЗР: 1,
  },
  9: {
    "Русский язык": 3,
    Литература: 3,
    Алгебра: 3,
    Геометрия: 2,
    "Вероятность и статистика": 1,
    Информатика: 1,
    История: 2,
    Обществознание: 1,
    География: 2,
    Биология: 2,
    Физика: 3,
    Химия: 2,
    "Английский язык": 3,
    "Физическая культура": 2,
    ОБЗР: 1,
  },
  10: {
    "Русский язык": 2,
    Литература: 3,
    Алгебра: 3,
    Геометрия: 2,
    "Вероятность и статистика": 1,
    Информатика: 1,
    История: 2,
    Обществознание: 2,
    География: 1,
    Биология: 1,
    Физика: 2,
    Химия: 1,
    "Английский язык": 3,
    "Физическая культура": 2,
    ОБЗР: 1,
    "Индивидуальный проект": 1,
  },
  11: {
    "Русский язык": 2,
    Литература: 3,
    Алгебра: 3,
    Геометрия: 2,
    "Вероятность и статистика": 1,
    Информатика: 1,
    История: 2,
    Обществознание: 2,
    География: 1,
    Биология: 1,
    Физика: 2,
    Химия: 1,
    "Английский язык": 3,
    "Физическая культура": 2,
    ОБЗР: 1,
  },
};

/** Subjects and weekly hours of a grade (1–11; the first grade has no marks and is not seeded). */
export function curriculumOf(grade: number): { subject: string; hours: number }[] {
  let table: Record<string, number>;
  if (grade <= 4) {
    table = { ...PRIMARY };
    if (grade === 4) {
      table["Литературное чтение"] = 3;
      table["Основы религиозных культур и светской этики"] = 1;
    }
  } else {
    table = HOURS[grade];
  }
  if (!table) throw new Error(`No curriculum for grade ${grade}`);
  return Object.entries(table).map(([subject, hours]) => ({ subject, hours }));
}

/** The kind of teacher for a subject in a grade; a teacher of one kind may take several classes. */
export function specialtyOf(subject: string, grade: number): string {
  if (
    grade <= 4 &&
    ["Русский язык", "Литературное чтение", "Математика", "Окружающий мир", "Изобразительное искусство", "Труд (технология)"].includes(
      subject,
    )
  )
    return "primary";
  switch (subject) {
    case "Русский язык":
    case "Литература":
      return "russian";
    case "Математика":
    case "Алгебра":
    case "Геометрия":
    case "Вероятность и статистика":
      // Two teams of mathematicians: grades 5–6 and grades 7–11.
      return grade <= 6 ? "math-junior" : "math-senior";
    case "История":
    case "Обществознание":
    case "Основы религиозных культур и светской этики":
    case "Индивидуальный проект":
      return "history";
    case "Английский язык":
      return "english";
    case "Биология":
      return "biology";
    case "География":
      return "geography";
    case "Физика":
      return "physics";
    case "Химия":
      return "chemistry";
    case "Информатика":
      return "informatics";
    case "Изобразительное искусство":
      return "art";
    case "Музыка":
      return "music";
    case "Труд (технология)":
      return "labour";
    case "Физическая культура":
      return "pe";
    case "ОБЗР":
      return "obzr";
    default:
      throw new Error(`No specialty for ${subject}`);
  }
}

export const SPECIALTY_TITLES: Record<string, string> = {
  primary: "учитель начальных классов",
  russian: "учитель русского языка и литературы",
  "math-junior": "учитель математики",
  "math-senior": "учитель математики",
  history: "учитель истории и обществознания",
  english: "учитель английского языка",
  biology: "учитель биологии",
  geography: "учитель географии",
  physics: "учитель физики",
  chemistry: "учитель химии",
  informatics: "учитель информатики",
  art: "учитель изобразительного искусства",
  music: "учитель музыки",
  labour: "учитель труда (технологии)",
  pe: "учитель физической культуры",
  obzr: "преподаватель-организатор ОБЗР",
  gpd: "воспитатель группы продлённого дня",
};

/** Floor of a specialty's classrooms: rooms are numbered 101, 102 … on that floor. */
const FLOORS: Record<string, number> = {
  primary: 1,
  english: 1,
  labour: 1,
  music: 1,
  art: 1,
  gpd: 1,
  russian: 2,
  history: 2,
  geography: 2,
  obzr: 2,
  "math-junior": 3,
  "math-senior": 3,
  physics: 3,
  chemistry: 3,
  biology: 3,
  informatics: 3,
};

/** Gives every teacher a room of their own, so that a room is never double-booked. */
export class RoomBook {
  private next = new Map<number, number>();
  private gyms = 0;

  roomFor(specialty: string): string {
    if (specialty === "pe") {
      this.gyms += 1;
      return this.gyms === 1 ? "Спортзал" : `Спортзал ${this.gyms}`;
    }
    const floor = FLOORS[specialty] ?? 2;
    const n = (this.next.get(floor) ?? 0) + 1;
    this.next.set(floor, n);
    return `${floor}${String(n).padStart(2, "0")}`;
  }
}

/** Which list of topics fits a grade. */
export function bandOf(grade: number): "primary" | "junior" | "senior" {
  return grade <= 4 ? "primary" : grade <= 6 ? "junior" : "senior";
}
