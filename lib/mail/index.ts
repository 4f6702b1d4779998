// Sending letters: through Resend when RESEND_API_KEY and MAIL_FROM are set; otherwise into the
// OutboxEmail table, which the dev page /dev/outbox lists and the tests read.
import "server-only";
import { headers } from "next/headers";
import type { Resend } from "resend";
import { prisma } from "@/lib/db";
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
    const { error } = await client.emails.send({ from: process.env.MAIL_FROM!, to, subject: letter.subject, text: letter.text, html: letter.html });
    if (!error) return;
    // Keep the letter, so that an operator can see what failed, and go on.
    console.error("[mail] Resend refused a letter", error);
    await prisma.outboxEmail.create({ data: { to, ...letter, provider: "resend-failed" } });
    return;
  }
  await prisma.outboxEmail.create({ data: { to, ...letter } });
}

/** The public base URL for links in letters: APP_URL, AUTH_URL, or this request's origin. */
export async function publicBaseUrl(): Promise<string> {
  const configured = process.env.APP_URL ?? process.env.AUTH_URL;
  if (configured) return configured.replace(/\/+$/, "").replace(/\/api\/auth$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
