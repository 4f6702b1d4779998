"use server";
// Sign-in, sign-out and the parent's child switch (ACC-9, ACC-11).
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { z } from "zod";
import { clientAddress, signIn } from "@/lib/auth";
import { lockedFor, loginKeys, formatWait } from "@/lib/auth/throttle";
import { ACTIVE_CHILD_COOKIE, activeChildCookieOptions } from "@/lib/auth/cookies";
import { defineAction, UserError, NOT_FOUND_MESSAGE } from "@/lib/actions/action";
import { loginSchema } from "@/lib/validations/auth";
import { safeCallbackPath } from "@/lib/auth/callback";

export const loginAction = defineAction({ public: true }, loginSchema, async (input) => {
  try {
    await signIn("credentials", { login: input.login, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as { code?: string }).code === "locked") {
        const wait = await lockedFor(loginKeys(input.login, clientAddress(await headers())));
        throw new UserError(`Слишком много неудачных попыток входа. Попробуйте снова через ${formatWait(wait)}.`);
      }
      throw new UserError("Неверный логин или пароль.");
    }
    throw error;
  }
  redirect(safeCallbackPath(input.callbackUrl) ?? "/");
});

export const selectChildAction = defineAction(
  { roles: ["PARENT"] },
  z.object({ childId: z.string().min(1).max(64) }),
  async ({ childId }, { viewer }) => {
    // Only the parent's own children, as the server knows them.
    if (!viewer.children.some((c) => c.id === childId)) throw new UserError(NOT_FOUND_MESSAGE);
    (await cookies()).set(ACTIVE_CHILD_COOKIE, childId, activeChildCookieOptions);
    revalidatePath("/", "layout");
  },
);
