// Sends the account letters (ACC-3, ACC-4): issues a token and writes the letter with its link.
import "server-only";
import { prisma } from "@/lib/db";
import { sendMail, publicBaseUrl } from "@/lib/mail";
import { confirmEmailLetter, resetPasswordLetter } from "@/lib/mail/templates";
import { issueEmailToken, TOKEN_LIFETIME_MS } from "@/lib/accounts/email-tokens";

export async function sendConfirmationLetter(userId: string, email: string): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, school: { select: { shortName: true } } },
  });
  const token = await issueEmailToken(prisma, { userId, kind: "CONFIRM_EMAIL", email });
  const link = `${publicBaseUrl()}/confirm-email?token=${encodeURIComponent(token)}`;
  await sendMail(
    email,
    confirmEmailLetter({ name: user.firstName, school: user.school.shortName, link, hours: TOKEN_LIFETIME_MS.CONFIRM_EMAIL / 3600_000 }),
  );
}

/** One letter per account with this confirmed address (a family may have several accounts). */
export async function sendResetLetters(email: string): Promise<void> {
  const users = await prisma.user.findMany({
    where: { email: { equals: email, mode: "insensitive" }, emailConfirmedAt: { not: null }, login: { not: null } },
    select: { id: true, login: true, firstName: true, email: true, school: { select: { shortName: true } } },
    take: 5,
  });
  const base = users.length ? publicBaseUrl() : "";
  for (const user of users) {
    const token = await issueEmailToken(prisma, { userId: user.id, kind: "RESET_PASSWORD", email: user.email! });
    const link = `${base}/reset-password?token=${encodeURIComponent(token)}`;
    await sendMail(
      user.email!,
      resetPasswordLetter({
        name: user.firstName,
        login: user.login!,
        school: user.school.shortName,
        link,
        minutes: TOKEN_LIFETIME_MS.RESET_PASSWORD / 60_000,
      }),
    );
  }
}
