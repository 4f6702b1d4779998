import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Регистрация" };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/");
  return (
    <>
      <h1 className="text-xl font-semibold">Регистрация</h1>
      <RegisterForm />
    </>
  );
}
