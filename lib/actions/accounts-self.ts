"use server";
// The signed-in person's own account: confirm data (ACC-3), «Мои данные» and children (ACC-6,
// ACC-9), «Безопасность» (ACC-7), «Настройки» (ACC-8).
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress, signIn } from "@/lib/auth";
import { defineAction, UserError } from "@/lib/actions/action";
import { addChildSchema, changePasswordSchema, confirmDataSchema, profileSchema, settingsSchema } from "@/lib/validations/accounts";
import { formatSnils, normalizeSnils } from "@/lib/validations/snils";
import { addChildByCode, CODE_REFUSED } from "@/lib/accounts/registration";
import { setPassword } from "@/lib/accounts/set-password";
import { sendConfirmationLetter } from "@/lib/accounts/letters";
import {
  formatWait,
  guessKeys,
  lockedFor,
  loginKeys,
  recordFailure,
  clearFailures,
  sleepSeconds,
  throttleState,
} from "@/lib/auth/throttle";
import { endOtherSessions } from "@/lib/auth/sessions";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";

const anyone = { allow: () => true } as const;

/** The current password, checked and throttled like sign-in (a student at a parent's open tab). */
async function requireCurrentPassword(userId: string, password: string, field: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      login: true,
      passwordHash: true,
      birthDate: true,
      lastName: true,
      firstName: true,
      middleName: true,
      email: true,
      schoolId: true,
    },
  });
  const keys = loginKeys(user.login ?? userId, clientAddress(await headers()));
  const state = await throttleState(keys);
  if (state.lockedFor > 0) throw new UserError(`Слишком много неверных попыток. Попробуйте снова через ${formatWait(state.lockedFor)}.`);
  await sleepSeconds(state.delaySeconds);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(keys);
    throw new UserError("Неверный пароль.", { [field]: ["Неверный пароль"] });
  }
  await clearFailures(keys);
  return user;
}

export const confirmDataAction = defineAction(anyone, confirmDataSchema, async ({ ownPassword, email }, { viewer }) => {
  const user = await requireCurrentPassword(viewer.userId, ownPassword, "ownPassword");
  if (user.email !== email) {
    // This is the first-sign-in step (ACC-3). Once an address is confirmed, it changes only
    // through «Мои данные», where the school's rules for who may edit apply (ACC-6).
    if (viewer.emailConfirmed)
      throw new UserError("E-mail уже подтверждён. Изменить его можно в разделе «Мои данные».", {
        email: ["Изменяется в разделе «Мои данные»"],
      });
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: viewer.userId }, data: { email, emailConfirmedAt: null } });
      await writeAudit(tx, {
        schoolId: viewer.school.id,
        actorId: viewer.userId,
        action: "user.profile.update",
        entity: "User",
        entityId: viewer.userId,
        after: { emailChanged: true },
      });
    });
  }
  await sendConfirmationLetter(viewer.userId, email);
  revalidatePath("/", "layout");
  return email;
});

export const changePasswordAction = defineAction(
  { ...anyone, duringForcedPasswordChange: true },
  changePasswordSchema(),
  async (input, { viewer }) => {
    const user = await requireCurrentPassword(viewer.userId, input.current, "current");
    // Every other session ends; this one is signed in again below.
    await setPassword({ ...user, id: viewer.userId }, input.password, {
      actorId: viewer.userId,
      action: "user.password.change",
      mustChange: false,
    });
    if (user.login) await signIn("credentials", { login: user.login, password: input.password, redirect: false });
    revalidatePath("/", "layout");
    return null;
  },
);

/** «Завершить другие сеансы» (ACC-7): every other device must sign in again; this one stays. */
export const endOtherSessionsAction = defineAction(
  { ...anyone, duringForcedPasswordChange: true },
  z.object({}),
  async (_input, { viewer }) => {
    const ended = await prisma.$transaction(async (tx) => {
      const count = await endOtherSessions(viewer.userId, viewer.sessionId, tx);
      if (count > 0)
        await writeAudit(tx, {
          schoolId: viewer.school.id,
          actorId: viewer.userId,
          action: "user.sessions.end",
          entity: "User",
          entityId: viewer.userId,
          after: { ended: count },
        });
      return count;
    });
    revalidatePath("/security");
    return ended;
  },
);

export const updateProfileAction = defineAction({ roles: ["PARENT"] }, profileSchema, async (input, { viewer }) => {
  if (!viewer.school.parentsMayEditData) throw new UserError("В вашей школе данные вносят сотрудники школы.");
  const before = await prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true } });
  const email = input.email || null;
  const emailChanged = email !== before.email;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: viewer.userId },
      data: {
        lastName: input.lastName,
        firstName: input.firstName,
        middleName: input.middleName || null,
        // An empty field keeps the saved СНИЛС (it is shown masked and never sent back).
        ...(input.snils ? { snils: formatSnils(normalizeSnils(input.snils)) } : {}),
        vkUrl: input.vkUrl || null,
        ...(emailChanged ? { email, emailConfirmedAt: null } : {}),
      },
    });
    await writeAudit(tx, {
      schoolId: viewer.school.id,
      actorId: viewer.userId,
      action: "user.profile.update",
      entity: "User",
      entityId: viewer.userId,
      after: { emailChanged, snilsChanged: Boolean(input.snils) },
    });
  });
  if (emailChanged && email) await sendConfirmationLetter(viewer.userId, email);
  revalidatePath("/profile");
  return { emailChanged: emailChanged && Boolean(email) };
});

export const addChildAction = defineAction({ roles: ["PARENT"] }, addChildSchema, async ({ code }, { viewer }) => {
  const keys = guessKeys("invite", clientAddress(await headers()));
  const wait = await lockedFor(keys);
  if (wait > 0) throw new UserError(`Слишком много неверных попыток. Попробуйте снова через ${formatWait(wait)}.`);
  try {
    const result = await addChildByCode({ parentId: viewer.userId, schoolId: viewer.school.id, code });
    revalidatePath("/", "layout");
    return result;
  } catch (error) {
    if (error instanceof UserError && error.message === CODE_REFUSED) await recordFailure(keys);
    throw error;
  }
});

export const saveSettingsAction = defineAction(anyone, settingsSchema, async (input, { viewer }) => {
  await prisma.user.update({
    where: { id: viewer.userId },
    data: { startPage: input.startPage, scheduleView: input.scheduleView },
  });
  revalidatePath("/settings");
  return null;
});
