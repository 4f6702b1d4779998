// Only same-site paths are followed after sign-in (no open redirect through callbackUrl).
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  if (raw.startsWith("/login") || raw.startsWith("/api/")) return null;
  return raw;
}
