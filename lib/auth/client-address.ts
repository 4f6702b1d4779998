// The address a request came from, as far as this server can trust it (ACC-11 throttles).
// X-Forwarded-For is anyone's to write: it counts only for as many hops as the operator names in
// TRUST_PROXY (their own reverse proxies). Otherwise the TCP peer's address is the answer, which
// the socket hook (lib/auth/socket-address.ts, installed by instrumentation.ts) puts into
// SOCKET_ADDRESS_HEADER on every request, overwriting whatever a client sent under that name.

export const SOCKET_ADDRESS_HEADER = "x-diary-socket-address";

const g = globalThis as unknown as { __diarySocketHook?: boolean };

/** Set by the hook once it runs in this process; until then the header may be a client's. */
export function markSocketHookInstalled(): void {
  g.__diarySocketHook = true;
}

/** TRUST_PROXY: how many reverse proxies stand in front of the app (0 when unset or invalid). */
export function trustedHops(raw: string | undefined = process.env.TRUST_PROXY): number {
  if (!raw || !/^\d{1,2}$/.test(raw.trim())) return 0;
  return Number(raw.trim());
}

function clean(address: string | null | undefined): string | null {
  const a = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  if (!a || a.length > 64 || !/^[0-9a-fA-F.:%\w-]+$/.test(a)) return null;
  return a;
}

/**
 * The client's address from the socket's and the forwarding chain. Each trusted proxy appends the
 * address of its own peer to X-Forwarded-For, so with `hops` proxies the client is the hops-th
 * entry from the right of [...X-Forwarded-For, socket]; with none it is the socket itself.
 * X-Real-IP is never read: it cannot say how many hops wrote it.
 */
export function resolveClientAddress(socket: string | null, forwardedFor: string | null, hops: number): string | null {
  if (hops <= 0) return clean(socket);
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    socket ?? "",
  ];
  return clean(chain[Math.max(0, chain.length - 1 - hops)]);
}

/** The request's client address, or null when this process cannot know it. */
export function clientAddress(headers: Headers): string | null {
  const socket = g.__diarySocketHook ? headers.get(SOCKET_ADDRESS_HEADER) : null;
  return resolveClientAddress(socket, headers.get("x-forwarded-for"), trustedHops());
}
