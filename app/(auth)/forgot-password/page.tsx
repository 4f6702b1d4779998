import type { Metadata } from "next";
import Link from "next/link";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Восстановление доступа" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Забыли пароль?</h1>
      <p className="mt-1 text-sm text-slate-600">
        Введите адрес электронной почты, указанный при регистрации. На него придёт письмо с логином и ссылкой для смены пароля.
      </p>
      <ForgotForm />
      <p className="mt-4 text-sm text-slate-600">
        Если вы ученик и не указали почту или не подтвердили её, обратитесь к куратору электронного журнала в школе: он может посмотреть
        логин и сменить пароль.
      </p>
      <p className="mt-2 text-sm">
        <Link href="/login" className="text-brand-700 hover:underline">
          Вернуться ко входу
        </Link>
      </p>
    </>
  );
}
