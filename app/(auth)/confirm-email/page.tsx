import type { Metadata } from "next";
import { ConfirmButton } from "./confirm-button";

export const metadata: Metadata = { title: "Подтверждение почты" };

// The link only opens this page; the address is confirmed by the button, so that mail scanners
// that follow links do not use the single-use token up.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold">Подтверждение почты</h1>
      {typeof token === "string" && token ? (
        <ConfirmButton token={token} />
      ) : (
        <p className="mt-2 text-sm text-slate-600">Ссылка неполная. Откройте её из письма целиком.</p>
      )}
    </>
  );
}
