// ACC-1…ACC-3, ACC-9: from a code the curator prints to a confirmed e-mail, for a student and
// for a parent with two codes; a used code refuses.
import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { confirmEmailViaOutbox, freshStudent, NEW_PASSWORD, registerViaUi, uniqueLogin } from "./helpers/accounts";

// Whole journeys (several people, letters) on a 2-core machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

/** The curator issues a code in /admin/invites and reads it off the printable invitation. */
async function issueInUi(
  browser: Browser,
  student: { id: string; classId: string; lastName: string; firstName: string },
  role: "Ученик" | "Родитель ученика",
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "curator");
  await page.goto("/admin/invites");
  await page.getByLabel("Класс").selectOption(student.classId);
  await page.getByLabel("Ученик").selectOption(student.id);
  await page.getByLabel("Для кого").selectOption({ label: role });
  await page.getByRole("button", { name: "Выдать коды" }).click();
  const invitation = page.getByTestId("invitation");
  await expect(invitation).toHaveCount(1);
  await expect(invitation.getByTestId("invitation-for")).toContainText(`${student.lastName} ${student.firstName}`);
  await expect(invitation.getByTestId("invitation-for")).toContainText(role === "Ученик" ? "Ученику" : "Родителю ученика");
  await expect(invitation).toContainText("Адрес школы:");
  const code = (await invitation.getByTestId("invite-code").textContent())!.trim();
  await context.close();
  return code;
}

test("ACC-1, ACC-2, ACC-3: a student registers with a printed code, signs in and confirms the e-mail", async ({ browser, page }) => {
  const student = await freshStudent("5А");
  const code = await issueInUi(browser, student, "Ученик");
  const login = uniqueLogin("st");
  const email = `${login}@example.ru`;

  // The policy is checked in the browser with a message naming the rule.
  await page.goto("/register");
  await page.getByLabel("Пригласительный код").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(page.getByTestId("code-for")).toContainText(`${student.lastName} ${student.firstName}`);
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Пароль", { exact: true }).fill(`${login}A1`);
  await page.getByRole("button", { name: "Завершить регистрацию" }).click();
  await expect(page.getByText("Пароль не должен совпадать с логином или содержать его")).toBeVisible();

  await registerViaUi(page, code, { login, password: NEW_PASSWORD });
  await page.getByRole("link", { name: "Войти в журнал" }).click();
  await signIn(page, login, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/home/);
  await expect(page.getByTestId("confirm-prompt")).toBeVisible();
  await confirmEmailViaOutbox(page, email, NEW_PASSWORD);
  await page.goto("/home");
  await expect(page.getByTestId("confirm-prompt")).toHaveCount(0);

  // The same code a second time: refused, nothing created.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto("/register");
  await again.getByLabel("Пригласительный код").fill(code);
  await again.getByRole("button", { name: "Зарегистрироваться" }).click();
  await expect(again.getByTestId("form-message")).toContainText("Код не подходит");
  await other.close();
});

test("ACC-1, ACC-2, ACC-3, ACC-9: a parent with two codes gets both children on one account and confirms the e-mail", async ({
  browser,
  page,
}) => {
  const first = await freshStudent();
  const second = await freshStudent();
  const code1 = await issueInUi(browser, first, "Родитель ученика");
  const code2 = await issueInUi(browser, second, "Родитель ученика");
  const login = uniqueLogin("pa");
  const email = `${login}@example.ru`;

  await registerViaUi(page, code1, {
    login,
    password: NEW_PASSWORD,
    email,
    lastName: "Проверкина",
    firstName: "Вера",
    extraCodes: [code2],
  });
  await signIn(page, login, NEW_PASSWORD);
  await expect(page.getByRole("group", { name: "Дневник ребёнка" }).getByRole("button")).toHaveCount(2);
  await confirmEmailViaOutbox(page, email, NEW_PASSWORD);
  await page.goto("/profile");
  const children = page.getByTestId("my-children");
  await expect(children).toContainText(`${first.lastName} ${first.firstName}`);
  await expect(children).toContainText(`${second.lastName} ${second.firstName}`);
});

test("ACC-2: a parent registration needs an e-mail; a student's code cannot be added as a child", async ({ page }) => {
  const child = await freshStudent();
  const other = await freshStudent();
  const { issueCodeDb } = await import("./helpers/accounts");
  const code = await issueCodeDb(child.id, "PARENT");
  const studentCode = await issueCodeDb(other.id, "STUDENT");
  await page.goto("/register");
  await page.getByLabel("Пригласительный код").fill(code);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  await page.getByLabel("Код ещё одного ребёнка").fill(studentCode);
  await page.getByRole("button", { name: "Добавить" }).click();
  await expect(page.getByText("Код не подходит")).toBeVisible();
  await page.getByRole("button", { name: "Завершить регистрацию" }).click();
  await expect(page.getByText("Введите адрес электронной почты")).toBeVisible();
});
