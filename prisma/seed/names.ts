// Russian (and, this being Kazan, some Tatar) names for the demo people: gender-consistent
// surnames and patronymics, and e-mail addresses on example.ru.
import type { Rng } from "./random";

export type Gender = "M" | "F";
export type FullName = { lastName: string; firstName: string; middleName: string; gender: Gender };

/** Masculine forms; the feminine ones are derived by `surnameFor`. */
const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Волков",
  "Алексеев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
  "Андреев",
  "Макаров",
  "Никитин",
  "Зайцев",
  "Соловьёв",
  "Борисов",
  "Яковлев",
  "Григорьев",
  "Романов",
  "Воробьёв",
  "Сергеев",
  "Кузьмин",
  "Фролов",
  "Александров",
  "Дмитриев",
  "Королёв",
  "Гусев",
  "Киселёв",
  "Ильин",
  "Максимов",
  "Поляков",
  "Сорокин",
  "Виноградов",
  "Медведев",
  "Антонов",
  "Тарасов",
  "Жуков",
  "Баранов",
  "Филиппов",
  "Комаров",
  "Давыдов",
  "Беляев",
  "Герасимов",
  "Богданов",
  "Осипов",
  "Сидоров",
  "Матвеев",
  "Титов",
  "Марков",
  "Миронов",
  "Крылов",
  "Куликов",
  "Карпов",
  "Власов",
  "Мельников",
  "Денисов",
  "Гаврилов",
  "Тихонов",
  "Казаков",
  "Афанасьев",
  "Данилов",
  "Савельев",
  "Тимофеев",
  "Фомин",
  "Чернов",
  "Абрамов",
  "Мартынов",
  "Ефимов",
  "Федотов",
  "Щербаков",
  "Назаров",
  "Калинин",
  "Исаев",
  "Быков",
  "Маслов",
  "Родионов",
  "Коновалов",
  "Лазарев",
  "Воронин",
  "Климов",
  "Филатов",
  "Пономарёв",
  "Голубев",
  "Кудрявцев",
  "Прохоров",
  "Наумов",
  "Потапов",
  "Журавлёв",
  "Трофимов",
  "Леонов",
  "Соболев",
  "Ермаков",
  "Колесников",
  "Гончаров",
  "Емельянов",
  "Никифоров",
  "Грачёв",
  "Котов",
  "Гришин",
  "Архипов",
  "Кириллов",
  "Малышев",
  "Панов",
  "Моисеев",
  "Румянцев",
  "Акимов",
  "Бирюков",
  "Горбунов",
  "Анисимов",
  "Ерёмин",
  "Галкин",
  "Лукьянов",
  "Скворцов",
  "Юдин",
  "Нестеров",
  "Симонов",
  "Харитонов",
  "Князев",
  "Цветков",
  "Жданов",
  "Островский",
  "Покровский",
  "Вишневский",
  "Высоцкий",
  "Шевченко",
  "Бондаренко",
  "Кравченко",
  "Ковальчук",
  "Черных",
  "Гарипов",
  "Хабибуллин",
  "Сафин",
  "Галиев",
  "Нуриев",
  "Валиев",
  "Ахметов",
  "Зарипов",
  "Садыков",
  "Мухаметшин",
  "Шакиров",
  "Гилязов",
  "Латыпов",
  "Хайруллин",
  "Исмагилов",
  "Закиров",
  "Юсупов",
  "Каримов",
  "Миннуллин",
  "Сабиров",
];

const BOYS = [
  "Александр",
  "Максим",
  "Артём",
  "Михаил",
  "Даниил",
  "Иван",
  "Дмитрий",
  "Кирилл",
  "Андрей",
  "Егор",
  "Никита",
  "Илья",
  "Алексей",
  "Матвей",
  "Тимофей",
  "Роман",
  "Владимир",
  "Ярослав",
  "Фёдор",
  "Георгий",
  "Константин",
  "Лев",
  "Марк",
  "Тимур",
  "Глеб",
  "Степан",
  "Арсений",
  "Богдан",
  "Денис",
  "Павел",
  "Сергей",
  "Николай",
  "Семён",
  "Эмиль",
  "Айдар",
  "Рамиль",
  "Булат",
  "Карим",
  "Мирон",
  "Савелий",
];

const GIRLS = [
  "Анастасия",
  "Мария",
  "Анна",
  "Виктория",
  "Екатерина",
  "Полина",
  "Софья",
  "Дарья",
  "Александра",
  "Ксения",
  "Елизавета",
  "Алиса",
  "Варвара",
  "Вероника",
  "Арина",
  "Валерия",
  "Ульяна",
  "Кира",
  "Милана",
  "Ева",
  "Василиса",
  "Таисия",
  "Диана",
  "Алина",
  "Алсу",
  "Амина",
  "Камила",
  "Аделина",
  "Есения",
  "Злата",
  "Ясмина",
  "Эмилия",
  "Маргарита",
  "Яна",
];

/** Adults' first names. */
const WOMEN = [
  "Елена",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
  "Светлана",
  "Анна",
  "Юлия",
  "Екатерина",
  "Мария",
  "Марина",
  "Евгения",
  "Оксана",
  "Надежда",
  "Людмила",
  "Виктория",
  "Анастасия",
  "Ксения",
  "Алсу",
  "Гульнара",
  "Лилия",
  "Эльвира",
  "Альфия",
  "Дина",
  "Галина",
  "Валентина",
  "Лариса",
  "Вера",
  "Нина",
  "Регина",
  "Гузель",
  "Резеда",
];

/** A man's name with the patronymics it gives to his son and daughter. */
const FATHERS: [string, string, string][] = [
  ["Александр", "Александрович", "Александровна"],
  ["Сергей", "Сергеевич", "Сергеевна"],
  ["Андрей", "Андреевич", "Андреевна"],
  ["Алексей", "Алексеевич", "Алексеевна"],
  ["Дмитрий", "Дмитриевич", "Дмитриевна"],
  ["Евгений", "Евгеньевич", "Евгеньевна"],
  ["Владимир", "Владимирович", "Владимировна"],
  ["Михаил", "Михайлович", "Михайловна"],
  ["Игорь", "Игоревич", "Игоревна"],
  ["Николай", "Николаевич", "Николаевна"],
  ["Олег", "Олегович", "Олеговна"],
  ["Павел", "Павлович", "Павловна"],
  ["Роман", "Романович", "Романовна"],
  ["Денис", "Денисович", "Денисовна"],
  ["Максим", "Максимович", "Максимовна"],
  ["Артём", "Артёмович", "Артёмовна"],
  ["Виктор", "Викторович", "Викторовна"],
  ["Юрий", "Юрьевич", "Юрьевна"],
  ["Константин", "Константинович", "Константиновна"],
  ["Вадим", "Вадимович", "Вадимовна"],
  ["Илья", "Ильич", "Ильинична"],
  ["Руслан", "Русланович", "Руслановна"],
  ["Ринат", "Ринатович", "Ринатовна"],
  ["Айдар", "Айдарович", "Айдаровна"],
  ["Ильдар", "Ильдарович", "Ильдаровна"],
  ["Марат", "Маратович", "Маратовна"],
  ["Рустам", "Рустамович", "Рустамовна"],
  ["Тимур", "Тимурович", "Тимуровна"],
  ["Антон", "Антонович", "Антоновна"],
  ["Иван", "Иванович", "Ивановна"],
  ["Василий", "Васильевич", "Васильевна"],
  ["Вячеслав", "Вячеславович", "Вячеславовна"],
  ["Григорий", "Григорьевич", "Григорьевна"],
  ["Анатолий", "Анатольевич", "Анатольевна"],
  ["Пётр", "Петрович", "Петровна"],
  ["Фарид", "Фаридович", "Фаридовна"],
];

const UNCHANGED_ENDINGS = ["ко", "ук", "юк", "их", "ых"];

/** The feminine form of a masculine surname (Петров → Петрова, Островский → Островская). */
export function surnameFor(masculine: string, gender: Gender): string {
  if (gender === "M") return masculine;
  if (UNCHANGED_ENDINGS.some((e) => masculine.endsWith(e))) return masculine;
  if (masculine.endsWith("ский") || masculine.endsWith("цкий")) return `${masculine.slice(0, -2)}ая`;
  if (masculine.endsWith("ой")) return `${masculine.slice(0, -2)}ая`;
  return `${masculine}а`;
}

/**
 * Hands out names; full names never repeat within one generator, and surnames reserved for the
 * demo accounts are never given to anybody else.
 */
export class NameGenerator {
  private used = new Set<string>();
  private readonly surnames: string[];

  constructor(
    private readonly rng: Rng,
    reservedSurnames: string[] = [],
  ) {
    const reserved = new Set(reservedSurnames);
    this.surnames = SURNAMES.filter((s) => !reserved.has(s));
  }

  /** Marks a name as taken (used for the demo people). */
  reserve(name: FullName): void {
    this.used.add(`${name.lastName} ${name.firstName} ${name.middleName}`);
  }

  private unique(make: () => FullName): FullName {
    for (let i = 0; i < 200; i++) {
      const name = make();
      const key = `${name.lastName} ${name.firstName} ${name.middleName}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return name;
      }
    }
    throw new Error("NameGenerator: ran out of distinct names");
  }

  randomSurname(): string {
    return this.rng.pick(this.surnames);
  }

  /** A child of the family `surname` whose father is `father` (an entry of FATHERS). */
  child(gender: Gender, surname: string, father: [string, string, string]): FullName {
    return this.unique(() => ({
      lastName: surnameFor(surname, gender),
      firstName: this.rng.pick(gender === "M" ? BOYS : GIRLS),
      middleName: gender === "M" ? father[1] : father[2],
      gender,
    }));
  }

  randomFather(): [string, string, string] {
    return this.rng.pick(FATHERS);
  }

  /** An adult; `surname` keeps a family's surname. */
  adult(gender: Gender, surname = this.randomSurname()): FullName {
    return this.unique(() => {
      const grandfather = this.rng.pick(FATHERS);
      return {
        lastName: surnameFor(surname, gender),
        firstName: gender === "M" ? this.rng.pick(FATHERS)[0] : this.rng.pick(WOMEN),
        middleName: gender === "M" ? grandfather[1] : grandfather[2],
        gender,
      };
    });
  }

  /** The father whose name gave the child's patronymic. */
  fatherOf(surname: string, father: [string, string, string]): FullName {
    return this.unique(() => {
      const grandfather = this.rng.pick(FATHERS);
      return { lastName: surname, firstName: father[0], middleName: grandfather[1], gender: "M" as const };
    });
  }
}

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

export function translit(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : "")).join("");
}

/** ivanova.m@example.ru, then ivanova.m2@example.ru … for namesakes. */
export class EmailBook {
  private used = new Set<string>();

  reserve(email: string): void {
    this.used.add(email);
  }

  make(name: { lastName: string; firstName: string }): string {
    const base = `${translit(name.lastName)}.${translit(name.firstName).slice(0, 1)}`;
    for (let n = 1; ; n++) {
      const email = `${base}${n === 1 ? "" : n}@example.ru`;
      if (!this.used.has(email)) {
        this.used.add(email);
        return email;
      }
    }
  }
}
