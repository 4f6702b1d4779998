// ACC-6 «Мои данные»: a parent edits their name, СНИЛС (checked by its control sum), VK link and
// e-mail (a new one must be confirmed again); students, and parents of a school that forbids it,
// only read their data, and a save replayed from their sessions changes nothing.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { sql, userByLogin } from "./helpers/db";
import { latestLetter, linkIn } from "./helpers/accounts";
import { captureAction, postAction } from "./helpers/actions";
import { registerFresh } from "./helpers/fresh-accounts";

test.describe.configure({ timeout: 180_000 });

type Row = {
  lastName: string;
  firstName: string;
  middleName: string | null;
  snils: string | null;
  vkUrl: string | null;
  email: string | null;
  confirmed: boolean;
};
const row = async (id: string) =>
  (
    await sql<Row>(
      `select "lastName", "firstName", "middleName", snils, "vkUrl", email, "emailConfirmedAt" is not null as confirmed from "User" where id = $1`,
      [id],
    )
  )[0];

test("ACC-6: a parent edits name, СНИЛС, VK link and e-mail; a wrong СНИЛС is refused beside the field; a new e-mail is confirmed again", async ({
  browser,
  page,
}) => {
  const me = await registerFresh(browser, "PARENT", { confirm: true });
  expect((await row(me.id)).confirmed).toBe(true);
  await signIn(page, me.login, me.password);
  await page.goto("/profile");
  const form = page.locator("form", { has: page.getByLabel("Фамилия") });
  await expect(form.getByLabel("Фамилия")).toHaveValue(me.lastName);

  // A wrong control sum and a link that is not VK's: refused in the browser, nothing saved.
  await form.getByLabel("СНИЛС").fill("112-233-445 96");
  await form.getByLabel("Страница ВКонтакте").fill("https://example.com/olga");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.locator("#snils-error")).toHaveText("СНИЛС введён с ошибкой: не сходится контрольная сумма");
  await expect(page.locator("#vkUrl-error")).toHaveText("Ссылка вида https://vk.com/имя");
  const before = await row(me.id);
  expect(before.snils).toBeNull();

  const newEmail = `new.${me.email}`;
  await form.getByLabel("Фамилия").fill("Семёнова-Орлова");
  await form.getByLabel("Отчество").fill("Игоревна");
  await form.getByLabel("СНИЛС").fill("112-233-445 95");
  await form.getByLabel("Страница ВКонтакте").fill("https://vk.com/semenova_o");
  await form.getByLabel("Электронная почта").fill(newEmail);
  const action = await captureAction(page, () => form.getByRole("button", { name: "Сохранить" }).click());
  await expect(form.getByTestId("form-message")).toHaveText(
    "Данные сохранены. На новый адрес отправлено письмо для подтверждения; оно может прийти в течение получаса.",
  );
  expect(await row(me.id)).toEqual({
    lastName: "Семёнова-Орлова",
    firstName: me.firstName,
    middleName: "Игоревна",
    snils: "112-233-445 95",
    vkUrl: "https://vk.com/semenova_o",
    email: newEmail,
    confirmed: false,
  });
  // The СНИЛС is never sent back to the page: only its last digits, and an empty field keeps it.
  await page.reload();
  await expect(form.getByLabel("СНИЛС")).toHaveValue("");
  await expect(page.locator("#snils-hint")).toHaveText("Сохранён: ***-***-*45 95. Оставьте поле пустым, чтобы не менять.");
  await expect(page.locator("#email-hint")).toHaveText("Не подтверждена");
  await expect(page.locator("body")).not.toContainText("112-233-445 95");
  const letter = await latestLetter(newEmail, /Подтверждение/);
  expect(linkIn(letter.text, "/confirm-email")).toBeTruthy();

  // Around the form: a wrong СНИЛС posted directly is refused by the server the same way.
  const forged = await postAction(page.request, action, {
    lastName: "Семёнова-Орлова",
    firstName: me.firstName,
    middleName: "Игоревна",
    snils: "112-233-445 96",
    vkUrl: "",
    email: newEmail,
  });
  expect(forged).toContain("СНИЛС введён с ошибкой");
  expect((await row(me.id)).snils).toBe("112-233-445 95");
});

test("ACC-6, ACC-10: a student and a parent whose school forbids it only read their data; their replayed saves change nothing", async ({
  browser,
  page,
}) => {
  const parent = await registerFresh(browser, "PARENT");
  await signIn(page, parent.login, parent.password);
  await page.goto("/profile");
  const form = page.locator("form", { has: page.getByLabel("Фамилия") });
  await form.getByLabel("Отчество").fill("Петровна");
  const action = await captureAction(page, () => form.getByRole("button", { name: "Сохранить" }).click());
  await expect(form.getByTestId("form-message")).toHaveText("Данные сохранены.");
  const forged = {
    lastName: "Взломщиков",
    firstName: "Иван",
    middleName: "",
    snils: "112-233-445 95",
    vkUrl: "",
    email: "evil@example.ru",
  };

  // The student: read-only page, and the parents' action answers as for a page that does not exist.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, "student");
  await student.goto("/profile");
  await expect(student.getByTestId("read-only-note")).toHaveText(
    "Ваши данные вносят сотрудники школы. Если в них ошибка, обратитесь к куратору журнала.",
  );
  await expect(student.getByRole("button", { name: "Сохранить" })).toHaveCount(0);
  const self = await userByLogin("student");
  const studentBefore = await row(self.id);
  expect(await postAction(studentContext.request, action, forged)).toContain("Не найдено.");
  expect(await row(self.id)).toEqual(studentBefore);
  await studentContext.close();

  // A school that keeps parents' data itself (ADM-1's setting; Гимназия № 2, so that no other
  // spec's parent is affected while this runs).
  const g2 = await userByLogin("parent_g2");
  const g2Before = await row(g2.id);
  await sql(`update "School" set "parentsMayEditData" = false where "shortName" = 'Гимназия № 2'`);
  try {
    const g2Context = await browser.newContext();
    const g2Page = await g2Context.newPage();
    await signIn(g2Page, "parent_g2");
    await g2Page.goto("/profile");
    await expect(g2Page.getByTestId("read-only-note")).toHaveText("В вашей школе данные родителей вносят сотрудники школы.");
    await expect(g2Page.getByRole("button", { name: "Сохранить" })).toHaveCount(0);
    expect(await postAction(g2Context.request, action, forged)).toContain("В вашей школе данные вносят сотрудники школы.");
    expect(await row(g2.id)).toEqual(g2Before);
    await g2Context.close();
  } finally {
    await sql(`update "School" set "parentsMayEditData" = true where "shortName" = 'Гимназия № 2'`);
  }
});
