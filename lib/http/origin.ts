// Where the app is served from, as the operator configured it (never as a request claims).
// Shared by the letters' links (lib/mail), the cookies' Secure flag and the HSTS header.

/** The configured public origin (APP_URL, else AUTH_URL), without a trailing slash, or null. */
export function configuredOrigin(): string | null {
  const configured = process.env.APP_URL || process.env.AUTH_URL;
  if (!configured) return null;
  return configured.replace(/\/+$/, "").replace(/\/api\/auth$/, "");
}

/** True when the school serves the app over HTTPS (its configured public origin is https://). */
export function servedOverHttps(): boolean {
  return configuredOrigin()?.startsWith("https://") ?? false;
}
