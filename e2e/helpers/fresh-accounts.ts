// A freshly registered account that no other spec touches, for specs that change an account's
// own data (password, «Мои данные», «Настройки») and must not disturb the demo accounts.
import type { Browser } from "@playwright/test";
import { signIn } from "./auth";
import { sql } from "./db";
import { confirmEmailViaOutbox, freshStudent, issueCodeDb, NEW_PASSWORD, registerViaUi, uniqueLogin } from "./accounts";

export type FreshAccount = {
  id: string;
  login: string;
  email: string;
  password: string;
  lastName: string;
  firstName: string;
  /** The student the code was for: the account itself (a student) or their child (a parent). */
  student: { id: string; firstName: string; lastName: string };
};

/** Registers a parent (of a fresh child) or a student through /register, in a context of its own. */
export async function registerFresh(browser: Browser, role: "PARENT" | "STUDENT", opts: { confirm?: boolean } = {}): Promise<FreshAccount> {
  const student = await freshStudent();
  const login = uniqueLogin(role === "PARENT" ? "fp" : "fs");
  const email = `${login}@example.ru`;
  const names =
    role === "PARENT" ? { lastName: "Семёнова", firstName: "Ольга" } : { lastName: student.lastName, firstName: student.firstName };
  const context = await browser.newContext();
  const page = await context.newPage();
  await registerViaUi(page, await issueCodeDb(student.id, role), {
    login,
    password: NEW_PASSWORD,
    email,
    ...(role === "PARENT" ? names : {}),
  });
  if (opts.confirm) {
    await signIn(page, login, NEW_PASSWORD);
    await confirmEmailViaOutbox(page, email, NEW_PASSWORD);
  }
  await context.close();
  const [row] = await sql<{ id: string }>(`select id from "User" where login = $1`, [login]);
  return { id: row.id, login, email, password: NEW_PASSWORD, ...names, student };
}
