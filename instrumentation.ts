// Runs once when the server starts (Next's instrumentation hook). Both hooks wrap Node's HTTP
// server before Next sees a request: the body limit answers oversized uploads at once
// (lib/http/body-limit.ts), the socket hook records the client's real address for the
// throttles (lib/auth/client-address.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installSocketAddressHook } = await import("@/lib/auth/socket-address");
    installSocketAddressHook();
    const { installBodyLimit } = await import("@/lib/http/body-limit");
    installBodyLimit();
  }
}
