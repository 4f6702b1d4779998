import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Электронный дневник", template: "%s — Электронный дневник" },
  description: "Электронный журнал и дневник школы",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry the request's CSP nonce (proxy.ts,
  // ADR 0008), which a page prerendered at build time could not know.
  await connection();
  return (
    <html lang="ru">
      <body className="min-h-screen">
        {/* The first tab stop: past the header and the menu straight to the page (every layout's <main id="content">). */}
        <a
          href="#content"
          className="sr-only z-50 rounded-md bg-white px-4 py-3 font-medium text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          Перейти к содержимому
        </a>
        {children}
      </body>
    </html>
  );
}
