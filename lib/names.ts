// Names as a Russian school writes them.
type Person = { lastName: string; firstName: string; middleName?: string | null };

/** «Иванов Артём Сергеевич» */
export function fullName(p: Person): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}

/** «Иванов А. С.» */
export function shortName(p: Person): string {
  return `${p.lastName} ${p.firstName[0] ?? ""}.${p.middleName ? ` ${p.middleName[0]}.` : ""}`;
}
