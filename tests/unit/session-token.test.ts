// The session reader used by the proxy and the viewer: only tokens encrypted with AUTH_SECRET
// count, remembered ones still expire, and a tampered token is refused.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { readSession } from "@/lib/auth/session-token";

const SECRET = "unit-test-secret-unit-test-secret-0000";
const SALT = "authjs.session-token";

function headersWith(cookie: string) {
  return new Headers({ cookie });
}

describe("readSession", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
    delete process.env.APP_URL;
    delete process.env.AUTH_URL;
  });

  it("reads the claims of a valid token, twice the same (the second time from memory)", async () => {
    const token = await encode({ token: { uid: "u1", sv: 3, sid: "s1", roles: ["PARENT"] }, secret: SECRET, salt: SALT });
    const cookie = `other=1; ${SALT}=${token}`;
    expect(await readSession(headersWith(cookie))).toEqual({ uid: "u1", sv: 3, sid: "s1", roles: ["PARENT"] });
    expect(await readSession(headersWith(cookie))).toEqual({ uid: "u1", sv: 3, sid: "s1", roles: ["PARENT"] });
  });

  it("reads the __Secure- cookie behind HTTPS, and only that name there", async () => {
    const name = "__Secure-authjs.session-token";
    const token = await encode({ token: { uid: "u2", sv: 1, sid: "s2", roles: ["STUDENT"] }, secret: SECRET, salt: name });
    const plain = await encode({ token: { uid: "u2", sv: 1, sid: "s2", roles: ["STUDENT"] }, secret: SECRET, salt: SALT });
    expect(await readSession(headersWith(`${name}=${token}`))).toBeNull();
    process.env.APP_URL = "https://diary.example";
    try {
      expect(await readSession(headersWith(`${name}=${token}`))).toEqual({ uid: "u2", sv: 1, sid: "s2", roles: ["STUDENT"] });
      // A plain-named cookie (plantable over HTTP or from a sibling host) is no session here.
      expect(await readSession(headersWith(`${SALT}=${plain}`))).toBeNull();
    } finally {
      delete process.env.APP_URL;
    }
  });

  it("refuses a token without a session id (issued before sessions were kept on the server)", async () => {
    const token = await encode({ token: { uid: "u6", sv: 1, roles: ["STUDENT"] }, secret: SECRET, salt: SALT });
    expect(await readSession(headersWith(`${SALT}=${token}`))).toBeNull();
  });

  it("refuses a token of another secret, a tampered one and no cookie", async () => {
    const foreign = await encode({ token: { uid: "u3", sv: 1, sid: "s3" }, secret: "another-secret-another-secret-000000", salt: SALT });
    expect(await readSession(headersWith(`${SALT}=${foreign}`))).toBeNull();
    const good = await encode({ token: { uid: "u4", sv: 1, sid: "s4" }, secret: SECRET, salt: SALT });
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSession(headersWith(`${SALT}=${tampered}`))).toBeNull();
    expect(await readSession(new Headers())).toBeNull();
  });

  it("refuses an expired token even after it was remembered", async () => {
    const token = await encode({ token: { uid: "u5", sv: 1, sid: "s5" }, secret: SECRET, salt: SALT, maxAge: 1 });
    const cookie = `${SALT}=${token}`;
    expect(await readSession(headersWith(cookie))).not.toBeNull();
    // A minute later (beyond the decoder's 15 s clock tolerance).
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 60_000);
      expect(await readSession(headersWith(cookie))).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses a token without the session's claims", async () => {
    const token = await encode({ token: { sub: "x" }, secret: SECRET, salt: SALT });
    expect(await readSession(headersWith(`${SALT}=${token}`))).toBeNull();
  });
});
