// Sending letters: through Resend when RESEND_API_KEY and MAIL_FROM are set; otherwise into the
// OutboxEmail table, which the dev page /dev/outbox lists and the tests read.
import "server-only";
import type { Resend } from "resend";
import { prisma } from "@/lib/db";
import { configuredOrigin } from "@/lib/http/origin";
import type { Letter } from "@/lib/mail/templates";

let resend: Resend | null = null;

async function resendClient(): Promise<Resend | null> {
  const key = process.env.RESEND_API_KEY;
  if (!key || !process.env.MAIL_FROM) return null;
  if (!resend) {
    const { Resend: Client } = await import("resend");
    resend = new Client(key);
  }
  return resend;
}

export async function sendMail(to: string, letter: Letter): Promise<void> {
  const client = await resendClient();
  if (client) {
    const { error } = await client.emails.send({
      from: process.env.MAIL_FROM!,
      to,
      subject: letter.subject,
      text: letter.text,
      html: letter.html,
    });
    if (!error) return;
    // Keep the letter, so that an operator can see what failed, and go on.
    console.error("[mail] Resend refused a letter", error);
    await prisma.outboxEmail.create({ data: { to, ...letter, provider: "resend-failed" } });
    return;
  }
  await prisma.outboxEmail.create({ data: { to, ...letter } });
}

/**
 * The public base URL for links in letters and on printed invitations. Only configured origins,
 * never request headers (a forged Host or X-Forwarded-Host would carry a live reset token to an
 * attacker's site): APP_URL, else AUTH_URL, else the address this server listens on.
 * scripts/start.ts warns at start while neither is set.
 */
export function publicBaseUrl(): string {
  return configuredOrigin() ?? `http://localhost:${process.env.PORT || 3000}`;
}
