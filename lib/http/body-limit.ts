// Refuses request bodies larger than any form of the app may send (ADR 0008), before Next reads
// them: Next's proxy buffers a body to replay it and waits for its end, so a 200 MB upload was
// read to the end, held in memory up to the configured limit and answered with a bare 500.
// Installed once per server process by instrumentation.ts.
import http from "node:http";
import { SUBMISSION_MAX_BYTES, SUBMISSION_MAX_FILES } from "@/lib/validations/diary";
import { TOO_LARGE_MESSAGE } from "@/lib/http/messages";

/** The largest request: five files of 10 MB (STU-3, STF-1) and the form's other fields. */
export const MAX_REQUEST_BYTES = SUBMISSION_MAX_FILES * SUBMISSION_MAX_BYTES + 1024 * 1024;

/** How long a refused upload may still arrive (discarded) so that the browser reads the answer. */
const LINGER_MS = 5_000;

type Emit = typeof http.Server.prototype.emit;
const INSTALLED = Symbol.for("school-diary.body-limit");

export function installBodyLimit(limit = MAX_REQUEST_BYTES): void {
  const proto = http.Server.prototype as typeof http.Server.prototype & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit: Emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (guard(req, res, limit)) return true;
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as Emit;
}

/** True when the request was answered here. */
export function guard(req: http.IncomingMessage, res: http.ServerResponse, limit: number): boolean {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    refuse(req, res);
    return true;
  }
  if (declared === undefined && req.headers["transfer-encoding"]) {
    // A body streamed without a length: count it as it arrives and cut it off past the limit.
    // Browsers always send a length, so the client needs no readable answer here.
    let seen = 0;
    const push = req.push.bind(req);
    req.push = (chunk: unknown, encoding?: BufferEncoding) => {
      if (chunk && typeof chunk !== "string") seen += (chunk as Buffer).length;
      if (seen > limit) {
        if (!res.headersSent) refuse(req, res);
        else req.destroy();
        return false;
      }
      return push(chunk, encoding);
    };
  }
  return false;
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse) {
  // A server action's client shows a text/plain error answer as the error's message.
  const action = req.headers["next-action"] !== undefined;
  const body = action
    ? TOO_LARGE_MESSAGE
    : `<!doctype html><html lang="ru"><meta charset="utf-8"><title>Слишком большой файл</title><p>${TOO_LARGE_MESSAGE}</p></html>`;
  res.writeHead(413, {
    "Content-Type": action ? "text/plain" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
  // Discard what is still coming for a moment (closing at once makes browsers report a reset
  // instead of the answer), then close the connection: the rest of the body is never read.
  req.resume();
  setTimeout(() => {
    if (!req.complete) req.socket.destroy();
  }, LINGER_MS).unref();
}
