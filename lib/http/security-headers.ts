// The security headers of every answer (ADR 0008). The static ones are also set for files and
// prerendered answers by next.config.mjs (`headers()`); the CSP carries a fresh nonce per request,
// so it is set by proxy.ts, and Next puts the nonce on its own scripts when it renders the page.
import { servedOverHttps } from "@/lib/http/origin";

/** Headers that do not change per request (kept in step with next.config.mjs). */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  // Reset and confirmation links carry tokens in their URL: never send a URL to another site.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The page's CSP: only the app's own scripts, and those only with this request's nonce. */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next's nonced scripts load (route chunks) are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the UI set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servedOverHttps() ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Sets every security header on an answer of the proxy (pages, route handlers, redirects). */
export function applySecurityHeaders(headers: Headers, csp: string): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(name, value);
  headers.set("Content-Security-Policy", csp);
  // Only when the school serves the app over HTTPS: HSTS over plain HTTP would lock a school out.
  if (servedOverHttps()) headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}
