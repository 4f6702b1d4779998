// Gives route handlers, server actions and the proxy the TCP peer's address, which `next start`
// does not expose (NextRequest has no `ip` since Next 15, and Next only fills X-Forwarded-For
// from the socket when the client sent none). Every incoming request gets the socket's address in
// SOCKET_ADDRESS_HEADER before Next sees it; a client's own copy is overwritten. Node only.
import http from "node:http";
import { markSocketHookInstalled, SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";

const g = globalThis as unknown as { __diarySocketEmit?: true };

export function installSocketAddressHook(): void {
  if (g.__diarySocketEmit) return;
  g.__diarySocketEmit = true;
  // Patched on the prototype, so the server `next start` has already created is covered too.
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  markSocketHookInstalled();
}
