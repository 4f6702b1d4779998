import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/db";
import { findLiveToken } from "@/lib/accounts/email-tokens";
import { toIsoDate } from "@/lib/time/dates";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = { title: "Новый пароль" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const live = typeof token === "string" && token.length <= 200 ? await findLiveToken(token, "RESET_PASSWORD") : null;
  if (!live) {
    return (
      <>
        <h1 className="text-xl font-semibold">Ссылка недействительна</h1>
        <p className="mt-2 text-sm text-slate-600">Ссылка устарела или уже использована. Запросите новое письмо.</p>
        <Link href="/forgot-password" className="mt-4 inline-block text-sm text-brand-700 hover:underline">
          Забыли пароль?
        </Link>
      </>
    );
  }
  // The holder of the letter's link is the account's owner: the policy's facts may go to the form.
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: live.userId },
    select: { login: true, birthDate: true, lastName: true, firstName: true, middleName: true },
  });
  return (
    <>
      <h1 className="text-xl font-semibold">Новый пароль</h1>
      <p className="mt-1 text-sm text-slate-600">Логин: {user.login}</p>
      <ResetForm
        token={token!}
        ctx={{
          login: user.login,
          birthDate: user.birthDate ? toIsoDate(user.birthDate) : null,
          names: [user.lastName, user.firstName, user.middleName ?? ""],
        }}
      />
    </>
  );
}
