import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getViewer()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold">Вход в электронный дневник</h1>
      <p className="mt-1 text-sm text-slate-600">Введите логин и пароль, которые вы выбрали при регистрации.</p>
      <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      <div className="mt-4 flex justify-between text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          Забыли пароль?
        </Link>
        <Link href="/register" className="text-brand-700 hover:underline">
          Регистрация
        </Link>
      </div>
    </>
  );
}
