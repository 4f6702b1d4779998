// The deterministic demo seed: СОШ № 17 with a year of journals and the demo accounts, and a
// small second school. `npm run db:seed [-- --classes N --years Y --today YYYY-MM-DD]`.
import type { PrismaClient } from "../../generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { dayFromDate, isoOf, moscowMoment, moscowToday } from "./calendar";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo";
import { buildMainSchool, type SchoolResult } from "./main-school";
import { pushPerson } from "./model";
import { EmailBook } from "./names";
import { countRows, emptyRows, removeSchools, writeRows } from "./rows";
import { MAX_CLASSES } from "./school-base";
import { buildSecondSchool } from "./school2";

export { DEMO_LOGINS, DEMO_PASSWORD } from "./demo";
export type { DemoLogin, DemoLoginKey } from "./demo";

export type SeedOptions = {
  /** Classes of the current year (3–100); the default three are 5А, 5Б and 9А. */
  classes?: number;
  /** Study years: the current one and years − 1 previous ones with full journals. */
  years?: number;
  /** The seed's "today" (its UTC calendar date is used); defaults to today in Europe/Moscow. */
  today?: Date;
  /** Give the demo people their logins and passwords (default true). */
  withDemoAccounts?: boolean;
};

export const MAX_YEARS = 8;

function parseCount(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || raw.startsWith("--")) throw new Error(`${flag} needs a value: ${flag} N.`);
  if (!/^\d+$/.test(raw)) throw new Error(`${flag} must be a whole number, got "${raw}".`);
  const n = Number(raw);
  if (n < min || n > max) throw new Error(`${flag} must be between ${min} and ${max}, got ${n}.`);
  return n;
}

function parseToday(raw: string | undefined): Date {
  if (raw === undefined || raw.startsWith("--")) throw new Error("--today needs a value: --today YYYY-MM-DD.");
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) throw new Error(`--today must be a date as YYYY-MM-DD, got "${raw}".`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== raw) throw new Error(`--today is not a real date: "${raw}".`);
  if (d.getUTCFullYear() < 2000 || d.getUTCFullYear() > 2100) {
    throw new Error(`--today must be between 2000 and 2100, got "${raw}".`);
  }
  return d;
}

/** Parses `--classes N`, `--years Y`, `--today YYYY-MM-DD` (also `--flag=value`). */
export function parseSeedArgs(argv: string[]): SeedOptions {
  const opts: SeedOptions = {};
  const args: string[] = [];
  for (const a of argv) {
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    if (eq > 0) args.push(a.slice(0, eq), a.slice(eq + 1));
    else args.push(a);
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case "--":
      case "--force": // a flag of `db.ts reset`, not of the seed
        break;
      case "--classes":
        opts.classes = parseCount("--classes", args[++i], 3, MAX_CLASSES);
        break;
      case "--years":
        opts.years = parseCount("--years", args[++i], 1, MAX_YEARS);
        break;
      case "--today":
        opts.today = parseToday(args[++i]);
        break;
      case "--no-demo-accounts":
        opts.withDemoAccounts = false;
        break;
      default:
        throw new Error(`Unknown seed option "${a}". Use --classes N (3–${MAX_CLASSES}), --years Y (1–${MAX_YEARS}), --today YYYY-MM-DD.`);
    }
  }
  return opts;
}

/** Seeds the demo into an empty database and returns a one-line summary. */
export async function seedDemo(prisma: PrismaClient, opts: SeedOptions = {}): Promise<string> {
  const started = Date.now();
  const classes = opts.classes ?? 3;
  const years = opts.years ?? 1;
  if (!Number.isInteger(classes) || classes < 3 || classes > MAX_CLASSES) {
    throw new Error(`classes must be a whole number 3–${MAX_CLASSES}, got ${classes}.`);
  }
  if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) {
    throw new Error(`years must be a whole number 1–${MAX_YEARS}, got ${years}.`);
  }
  if (opts.today && Number.isNaN(opts.today.getTime())) throw new Error("today is not a valid date.");
  const today = opts.today ? dayFromDate(opts.today) : moscowToday();
  const withAccounts = opts.withDemoAccounts ?? true;

  const existing = await prisma.school.count();
  if (existing > 0) {
    throw new Error(`Refusing to seed: the database already has ${existing} school(s). Seed only an empty database (npm run db:reset).`);
  }

  const rows = emptyRows();
  const emails = new EmailBook();
  for (const d of Object.values(DEMO_LOGINS)) emails.reserve(d.email);
  const schools: SchoolResult[] = [buildMainSchool(rows, today, emails, { classes, years }), buildSecondSchool(rows, today, emails)];

  // One hash for every demo account (argon2 is slow on purpose).
  const passwordHash = withAccounts ? await hashPassword(DEMO_PASSWORD) : undefined;
  const registeredAt = moscowMoment(schools[0].years[0].cal.start + 2, 18, 30);
  for (const school of schools) {
    for (const t of school.teachers) if (!t.email) t.email = emails.make(t.name);
    for (const p of [...school.people, ...school.teachers]) pushPerson(school.ctx, p, { passwordHash, registeredAt });
  }
  const built = Date.now();

  try {
    await writeRows(prisma, rows, process.env.SEED_VERBOSE ? (m) => console.log(`[seed] ${m}`) : undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    try {
      await removeSchools(
        prisma,
        rows.school.map((s) => s.id!),
      );
    } catch {
      throw new Error(`${message}\nThe database is now partly seeded; reset it (npm run db:reset) before seeding again.`, { cause: error });
    }
    throw new Error(`${message}\nThe partly written demo schools were removed again.`, { cause: error });
  }

  const n = countRows(rows);
  const students = rows.userRole.filter((r) => r.role === "STUDENT").length;
  const parents = rows.userRole.filter((r) => r.role === "PARENT").length;
  const teachers = rows.userRole.filter((r) => r.role === "TEACHER").length;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return (
    `today ${isoOf(today)}: ${n.school} schools, ${n.studyYear} study years, ${n.schoolClass} classes, ` +
    `${students} students, ${parents} parents, ${teachers} teachers, ${n.teachingAssignment} assignments, ` +
    `${n.timetableSlot} timetable slots, ${n.lesson} lessons, ${n.homework} homework, ${n.mark} marks, ` +
    `${n.attendance} absences, ${n.controlWorkResult} control-work results, ${n.finalMark} final marks, ` +
    `${n.milestoneResult} milestone results, ${n.remark} remarks, ` +
    `${withAccounts ? Object.keys(DEMO_LOGINS).length : 0} demo logins ` +
    `in ${seconds(Date.now() - started)} s (built ${seconds(built - started)} s)`
  );
}
