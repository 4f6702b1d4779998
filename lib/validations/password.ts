// The password policy of ACC-2, one pure function used by the browser form and the server.
// It returns every rule that failed, so that the message can say which one.

export type PasswordRule = "length" | "upper" | "charset" | "login" | "birthDate" | "name";

export type PasswordContext = {
  login?: string | null;
  /** "YYYY-MM-DD" */
  birthDate?: string | null;
  names?: (string | null | undefined)[];
};

export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, string> = {
  length: "Пароль должен содержать от 8 до 16 символов",
  upper: "В пароле нужна хотя бы одна заглавная латинская буква",
  charset: "Допустимы только латинские буквы a–z, A–Z, цифры и символы ! @ # ?",
  login: "Пароль не должен совпадать с логином или содержать его",
  birthDate: "Пароль не должен содержать дату рождения",
  name: "Пароль не должен содержать фамилию, имя или отчество",
};

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

/** «Артём» → "artem": a name typed on a Latin keyboard. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join("");
}

/** The usual written forms of a birth date: 2014-03-15, 15.03.2014, 15032014, 150314, 20140315… */
export function birthDateForms(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return [];
  const [, yyyy, mm, dd] = m;
  const yy = yyyy.slice(2);
  const forms = new Set<string>();
  for (const sep of ["", ".", "-", "/"]) {
    forms.add([dd, mm, yyyy].join(sep));
    forms.add([dd, mm, yy].join(sep));
    forms.add([yyyy, mm, dd].join(sep));
  }
  forms.add(`${yy}${mm}${dd}`);
  forms.add(`${mm}${dd}${yyyy}`);
  return [...forms];
}

function nameVariants(names: PasswordContext["names"]): string[] {
  const out = new Set<string>();
  for (const raw of names ?? []) {
    for (const part of (raw ?? "").split(/[\s-]+/)) {
      const lower = part.trim().toLowerCase();
      if (lower.length < 3) continue;
      out.add(lower);
      out.add(transliterate(lower));
      // ё is often typed as e, and й as i or j
      out.add(transliterate(lower).replace(/y/g, "i"));
      out.add(transliterate(lower).replace(/kh/g, "h"));
    }
  }
  return [...out].filter((v) => v.length >= 3);
}

export function checkPassword(password: string, ctx: PasswordContext = {}): PasswordRule[] {
  const failed: PasswordRule[] = [];
  if (password.length < 8 || password.length > 16) failed.push("length");
  if (!/[A-Z]/.test(password)) failed.push("upper");
  if (!/^[A-Za-z0-9!@#?]*$/.test(password)) failed.push("charset");
  const lower = password.toLowerCase();
  const login = ctx.login?.trim().toLowerCase();
  if (login && lower.includes(login)) failed.push("login");
  if (ctx.birthDate && birthDateForms(ctx.birthDate).some((f) => password.includes(f))) failed.push("birthDate");
  if (nameVariants(ctx.names).some((n) => lower.includes(n))) failed.push("name");
  return failed;
}

export function passwordMessages(password: string, ctx: PasswordContext = {}): string[] {
  return checkPassword(password, ctx).map((rule) => PASSWORD_RULE_MESSAGES[rule]);
}

export const PASSWORD_HINT = "8–16 символов, хотя бы одна заглавная буква; латинские буквы, цифры и ! @ # ?";
