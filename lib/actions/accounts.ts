"use server";
// Registration, e-mail confirmation and password reset: the public side of accounts
// (ACC-1…ACC-4). Codes and tokens are throttled per address like sign-in.
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth";
import { defineAction, UserError } from "@/lib/actions/action";
import { checkCodeSchema, confirmTokenSchema, forgotPasswordSchema, registerSchema, resetPasswordSchema } from "@/lib/validations/accounts";
import { CODE_REFUSED, findUsableCode, registerWithCodes } from "@/lib/accounts/registration";
import { consumeToken, findLiveToken } from "@/lib/accounts/email-tokens";
import { passwordOwnerSelect, setPassword } from "@/lib/accounts/set-password";
import { sendResetLetters } from "@/lib/accounts/letters";
import { formatWait, guessKeys, lockedFor, recordFailure } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";

async function guard(scope: "invite" | "reset" | "confirm") {
  const keys = guessKeys(scope, clientAddress(await headers()));
  const wait = await lockedFor(keys);
  if (wait > 0) throw new UserError(`Слишком много неверных попыток. Попробуйте снова через ${formatWait(wait)}.`);
  return keys;
}

/** Step 1 of /register: whom the code is for (the holder of the paper may know that). */
export const checkInviteCodeAction = defineAction({ public: true }, checkCodeSchema, async ({ code }) => {
  const keys = await guard("invite");
  const info = await findUsableCode(prisma, code);
  if (!info || (info.role === "STUDENT" && info.student.login)) {
    await recordFailure(keys);
    throw new UserError(CODE_REFUSED, { code: [CODE_REFUSED] });
  }
  const s = info.student;
  return {
    role: info.role,
    studentName: `${s.lastName} ${s.firstName}`,
    classLabel: s.classLabel,
    // The student's own facts, for the password policy in the browser (ACC-2).
    birthDate: info.role === "STUDENT" ? s.birthDate : null,
    names: info.role !== "PARENT" ? [s.lastName, s.firstName, s.middleName ?? ""] : [],
  };
});

/** Step 2: a more codes check for «Добавить» (parent codes only). */
export const checkExtraCodeAction = defineAction({ public: true }, checkCodeSchema, async ({ code }) => {
  const keys = await guard("invite");
  const info = await findUsableCode(prisma, code);
  if (!info || info.role !== "PARENT") {
    await recordFailure(keys);
    throw new UserError(CODE_REFUSED, { code: [CODE_REFUSED] });
  }
  return { studentName: `${info.student.lastName} ${info.student.firstName}`, classLabel: info.student.classLabel };
});

export const registerAction = defineAction({ public: true }, registerSchema({ role: "STUDENT" }), async (input) => {
  const keys = await guard("invite");
  const first = await findUsableCode(prisma, input.codes[0].code);
  if (!first) {
    await recordFailure(keys);
    throw new UserError(CODE_REFUSED, { "codes.0.code": [CODE_REFUSED] });
  }
  // The same policy as in the browser, now with the facts only the server may trust.
  const ctx =
    first.role !== "PARENT"
      ? {
          role: first.role,
          birthDate: first.role === "STUDENT" ? first.student.birthDate : null,
          names: [first.student.lastName, first.student.firstName, first.student.middleName ?? ""],
        }
      : { role: first.role };
  const parsed = registerSchema(ctx).safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    throw new UserError("Проверьте поля формы.", fieldErrors);
  }
  try {
    await registerWithCodes({ ...parsed.data, codes: parsed.data.codes.map((c) => c.code) });
  } catch (error) {
    if (error instanceof UserError && error.message === CODE_REFUSED) await recordFailure(keys);
    throw error;
  }
  return { login: parsed.data.login.toLowerCase() };
});

const FORGOT_ANSWER =
  "Если этот адрес подтверждён в журнале, на него отправлено письмо со ссылкой для смены пароля. Письмо может прийти в течение получаса; проверьте папку «Спам».";

export const forgotPasswordAction = defineAction({ public: true }, forgotPasswordSchema, async ({ email }) => {
  const keys = await guard("reset");
  // Every request counts: this form must not become a way to probe addresses.
  await recordFailure(keys);
  await sendResetLetters(email);
  return FORGOT_ANSWER;
});

export const resetPasswordAction = defineAction({ public: true }, resetPasswordSchema(), async (input) => {
  const keys = await guard("reset");
  const live = await findLiveToken(input.token, "RESET_PASSWORD");
  if (!live) {
    await recordFailure(keys);
    throw new UserError("Ссылка недействительна или устарела. Запросите новую на странице «Забыли пароль?».");
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: live.userId }, select: passwordOwnerSelect });
  await setPassword(user, input.password, {
    actorId: user.id,
    action: "user.password.reset",
    mustChange: false,
    before: async (tx) => {
      if (!(await consumeToken(tx, live.id))) throw new UserError("Ссылка уже использована. Запросите новую.");
    },
  });
  return { login: user.login };
});

export const confirmEmailAction = defineAction({ public: true }, confirmTokenSchema, async ({ token }) => {
  const keys = await guard("confirm");
  const live = await findLiveToken(token, "CONFIRM_EMAIL");
  if (!live) {
    await recordFailure(keys);
    throw new UserError("Ссылка недействительна или устарела. Запросите новое письмо в разделе «Безопасность».");
  }
  await prisma.$transaction(async (tx) => {
    if (!(await consumeToken(tx, live.id))) throw new UserError("Ссылка уже использована.");
    // Only the address the letter was sent to is confirmed; a later change needs a new letter.
    const { count } = await tx.user.updateMany({ where: { id: live.userId, email: live.email }, data: { emailConfirmedAt: new Date() } });
    if (count !== 1) throw new UserError("Адрес в профиле изменился после отправки письма. Запросите новое письмо.");
  });
  return null;
});
