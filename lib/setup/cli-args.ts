// ADM-5: the operator CLI's arguments (`npm run school:create -- --name … --curator-login …`)
// turned into the same input the /setup form sends, with the default study year and bells.
import { parseArgs } from "node:util";
import { defaultBells, defaultStartYear, defaultYear } from "./default-year";
import { oneTimePassword } from "./one-time-password";
import type { NewSchoolInput } from "./schema";

export const CLI_USAGE = `Usage: npm run school:create -- --name "МБОУ СОШ № 5" --short-name "СОШ № 5" --curator-login kurator --curator-email k@school5.ru
  [--address "г. Казань, ул. Школьная, 5"] [--timezone Europe/Moscow] [--public-url https://dnevnik.school5.ru]
  [--curator-name "Иванова Мария Петровна"] [--curator-password …  (else a one-time password is printed)]
  [--periods quarters|trimesters] [--start-year 2026]`;

export type CliPlan = { input: NewSchoolInput; generatedPassword: string | null };

export function cliInput(argv: string[], today: Date = new Date()): CliPlan {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      name: { type: "string" },
      "short-name": { type: "string" },
      address: { type: "string" },
      timezone: { type: "string" },
      "public-url": { type: "string" },
      "curator-login": { type: "string" },
      "curator-email": { type: "string" },
      "curator-name": { type: "string" },
      "curator-password": { type: "string" },
      periods: { type: "string" },
      "start-year": { type: "string" },
    },
  });
  const [lastName = "Куратор", firstName = "Журнала", ...rest] = (values["curator-name"] ?? "").split(/\s+/).filter(Boolean);
  const login = values["curator-login"] ?? "";
  const generatedPassword = values["curator-password"] ? null : oneTimePassword({ login, names: [lastName, firstName, ...rest] });
  const password = values["curator-password"] ?? generatedPassword!;
  const kind = values.periods === "trimesters" ? "TRIMESTER" : "QUARTER";
  if (values.periods && !["quarters", "trimesters"].includes(values.periods))
    throw new Error(`--periods is quarters or trimesters, got "${values.periods}"`);
  const startYear = values["start-year"] ? Number(values["start-year"]) : defaultStartYear(today);
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2100)
    throw new Error(`--start-year is a year such as 2026, got "${values["start-year"]}"`);
  const year = defaultYear(startYear, kind);
  return {
    generatedPassword,
    input: {
      school: {
        name: values.name ?? "",
        shortName: values["short-name"] ?? "",
        address: values.address ?? "Адрес не указан",
        timezone: (values.timezone ?? "Europe/Moscow") as NewSchoolInput["school"]["timezone"],
        publicUrl: values["public-url"] ?? "",
      },
      curator: {
        lastName,
        firstName,
        middleName: rest.join(" "),
        login,
        email: values["curator-email"] ?? "",
        password,
        password2: password,
      },
      year,
      bells: defaultBells(),
    },
  };
}
