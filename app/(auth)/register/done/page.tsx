import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Регистрация завершена" };

export default function RegisterDonePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Регистрация в системе успешно завершена</h1>
      <p className="text-sm text-slate-600">
        Войдите в журнал по логину и паролю, которые вы только что выбрали. После входа подтвердите свои данные: на почту придёт письмо со
        ссылкой.
      </p>
      <Link href="/login" className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
        Войти в журнал
      </Link>
    </div>
  );
}
