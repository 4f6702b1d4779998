// Runs once when the server starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The throttles need the client's real address (lib/auth/client-address.ts).
    const { installSocketAddressHook } = await import("@/lib/auth/socket-address");
    installSocketAddressHook();
  }
}
