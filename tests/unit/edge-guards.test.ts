// The edge's pure parts (ADR 0008): which errors mean a lost database, the 503 answers, the
// body-size guard on a request that declares its length, and the CSP.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDbConnectionError, serviceUnavailableResponse } from "@/lib/db-health";
import { installBodyLimit } from "@/lib/http/body-limit";
import { SERVICE_UNAVAILABLE_MESSAGE, TOO_LARGE_MESSAGE, thrownActionMessage } from "@/lib/http/messages";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

describe("isDbConnectionError", () => {
  it("recognises refused and lost connections, also wrapped as causes", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDbConnectionError(refused)).toBe(true);
    expect(isDbConnectionError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(
      true,
    );
    expect(isDbConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDbConnectionError(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isDbConnectionError(new Error("driver adapter failed", { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDbConnectionError(new Error("outer", { cause: refused }))).toBe(true);
  });

  it("leaves ordinary query errors alone", () => {
    expect(isDbConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDbConnectionError(Object.assign(new Error("x"), { code: "P2002" }))).toBe(false);
    expect(isDbConnectionError(new Error("Не найдено."))).toBe(false);
    expect(isDbConnectionError(null)).toBe(false);
  });
});

describe("serviceUnavailableResponse", () => {
  it("answers 503 with Retry-After and the Russian message to pages, actions and APIs", async () => {
    for (const kind of ["page", "action", "api"] as const) {
      const res = serviceUnavailableResponse(kind);
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toBe("30");
      expect(await res.text()).toContain(SERVICE_UNAVAILABLE_MESSAGE);
    }
    // A server action's client turns exactly text/plain into the error's message.
    expect(serviceUnavailableResponse("action").headers.get("Content-Type")).toBe("text/plain");
  });

  it("the browser shows only the server's own messages, others as a generic one", () => {
    expect(thrownActionMessage(new Error(SERVICE_UNAVAILABLE_MESSAGE))).toBe(SERVICE_UNAVAILABLE_MESSAGE);
    expect(thrownActionMessage(new Error(TOO_LARGE_MESSAGE))).toBe(TOO_LARGE_MESSAGE);
    expect(thrownActionMessage(new Error("An unexpected response was received from the server."))).not.toContain("unexpected");
  });
});

describe("installBodyLimit", () => {
  let server: http.Server;
  let url: string;
  let handled = 0;
  beforeAll(async () => {
    installBodyLimit(1024);
    server = http.createServer((req, res) => {
      handled++;
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/week`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("refuses a body declared over the limit before the app sees it, in Russian", async () => {
    const res = await fetch(url, { method: "POST", body: "x".repeat(2048), headers: { "Next-Action": "abc" } });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(await res.text()).toBe(TOO_LARGE_MESSAGE);
    expect(handled).toBe(0);
    const page = await fetch(url, { method: "POST", body: "x".repeat(2048) });
    expect(page.status).toBe(413);
    expect(await page.text()).toContain(TOO_LARGE_MESSAGE);
  });

  it("lets a body within the limit through", async () => {
    const res = await fetch(url, { method: "POST", body: "x".repeat(1000) });
    expect(res.status).toBe(200);
    expect(handled).toBe(1);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows only nonced scripts, no framing, no plugins", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});
