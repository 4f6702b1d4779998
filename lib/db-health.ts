// Whether the database is reachable, as this server process last saw it (ADR 0008). Connection
// failures seen by the app's pool (lib/db.ts) mark it down; while it is down, proxy.ts answers
// 503 with the Russian message instead of running pages that would fail, and a cheap probe (at
// most once a second) marks it up again. No restart is needed. The state lives on globalThis:
// proxy.ts and the pages are separate bundles in one process.
import { SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/http/messages";

/** Seconds a client is asked to wait (Retry-After); also the interval of the log line. */
export const RETRY_AFTER_SECONDS = 30;
const PROBE_EVERY_MS = 1_000;

type Health = {
  down: boolean;
  lastLogAt: number;
  lastProbeAt: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<unknown>) | null;
};

const KEY = Symbol.for("school-diary.db-health");
const state: Health =
  ((globalThis as Record<symbol, unknown>)[KEY] as Health | undefined) ??
  (((globalThis as Record<symbol, unknown>)[KEY] = {
    down: false,
    lastLogAt: 0,
    lastProbeAt: 0,
    probing: null,
    probe: null,
  } satisfies Health) as Health);

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
// 57P01–57P03: the server is shutting down or starting; 08xxx: connection exceptions.
const SQLSTATE = /^(57P0[1-3]|08\d{3})$/;
const MESSAGES =
  /Connection terminated|connection is closed|Client has encountered a connection error|Can't reach database server|timeout exceeded when trying to connect|DatabaseNotReachable|ConnectionClosed/i;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);

/** Is this error (or one of its causes) a lost or refused database connection? */
export function isDbConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message, kind } = e as { code?: unknown; message?: unknown; kind?: unknown };
    if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATE.test(code) || PRISMA_CODES.has(code))) return true;
    if (typeof kind === "string" && (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout"))
      return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
  }
  return false;
}

/** Called by lib/db.ts with every error of the pool: marks the database down on a lost connection. */
export function reportDbError(error: unknown): boolean {
  if (!isDbConnectionError(error)) return false;
  if (!state.down) state.lastProbeAt = Date.now();
  state.down = true;
  const now = Date.now();
  if (now - state.lastLogAt >= RETRY_AFTER_SECONDS * 1000) {
    state.lastLogAt = now;
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : "unknown");
    console.error(`[db] the database is unreachable (${code}); answering 503 until it is back (logged once per ${RETRY_AFTER_SECONDS} s)`);
  }
  return true;
}

/** lib/db.ts registers how to probe (one `select 1` on the app's pool). */
export function setDbProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

/** False while the database is known to be down; probes it at most once a second meanwhile. */
export async function dbAvailable(): Promise<boolean> {
  if (!state.down) return true;
  if (!state.probe) return false;
  if (state.probing) return state.probing;
  if (Date.now() - state.lastProbeAt < PROBE_EVERY_MS) return false;
  state.lastProbeAt = Date.now();
  const probe = state.probe;
  state.probing = probe()
    .then(() => {
      state.down = false;
      state.lastLogAt = 0;
      console.error("[db] the database is reachable again");
      return true;
    })
    .catch(() => false)
    .finally(() => {
      state.probing = null;
    });
  return state.probing;
}

/** The 503 answer while the database is down: Russian text, Retry-After, for each kind of client. */
export function serviceUnavailableResponse(kind: "page" | "action" | "api"): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  // A server action's client shows a text/plain error answer as the error's message.
  if (kind === "action")
    return new Response(SERVICE_UNAVAILABLE_MESSAGE, { status: 503, headers: { ...headers, "Content-Type": "text/plain" } });
  if (kind === "api") return Response.json({ error: SERVICE_UNAVAILABLE_MESSAGE }, { status: 503, headers });
  const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Сервис временно недоступен</title></head><body style="font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;text-align:center"><h1>${SERVICE_UNAVAILABLE_MESSAGE}</h1><p>Журнал не может связаться с базой данных. Страница заработает сама, когда связь восстановится.</p></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
