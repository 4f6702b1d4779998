// ACC-5 in route handlers (lib/access/route-guard.ts): a person whose password the curator has
// set gets nothing from an export until they change it, like the pages that send them to
// «Безопасность»; the same request after the change gets the file.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql } from "./helpers/db";
import { freshStudent, uniqueLogin } from "./helpers/accounts";

test("ACC-5: a person who must change the password gets a 404 from the marks export, and the file after the change", async ({ page }) => {
  const student = await freshStudent();
  const login = uniqueLogin("guard");
  // A registered account with the demo password (its hash copied), the curator's flag set.
  await sql(
    `update "User" set login = $2, "passwordHash" = (select "passwordHash" from "User" where login = 'student'),
            "registeredAt" = now(), "mustChangePassword" = true where id = $1`,
    [student.id, login],
  );
  await signIn(page, login);
  await expect(page).toHaveURL(/\/security/);

  const held = await page.request.get("/marks/export", { maxRedirects: 0 });
  expect(held.status()).toBe(404);
  expect(held.headers()["content-type"] ?? "").not.toContain("spreadsheet");

  // Only the flag differs: the guard, not the session, made the difference.
  await sql(`update "User" set "mustChangePassword" = false where id = $1`, [student.id]);
  const allowed = await page.request.get("/marks/export", { maxRedirects: 0 });
  expect(allowed.status()).toBe(200);
  expect(allowed.headers()["content-type"]).toContain("spreadsheet");
});
