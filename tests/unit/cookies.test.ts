// Cookies get Secure exactly when the configured origin is https:// (never because a request
// says so), and the session cookie's name follows, as Auth.js names it.
import { afterEach, describe, expect, it } from "vitest";
import { activeChildCookieOptionsFor, secureCookies, sessionCookieName } from "@/lib/auth/cookies";

const saved = { APP_URL: process.env.APP_URL, AUTH_URL: process.env.AUTH_URL };

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("cookie security", () => {
  it("is Secure with the __Secure- session name behind an https:// origin", () => {
    process.env.APP_URL = "https://diary.school17.ru";
    expect(secureCookies()).toBe(true);
    expect(sessionCookieName()).toBe("__Secure-authjs.session-token");
    expect(activeChildCookieOptionsFor(secureCookies()).secure).toBe(true);
  });

  it("is not Secure over plain HTTP or when no origin is configured", () => {
    delete process.env.APP_URL;
    delete process.env.AUTH_URL;
    expect(secureCookies()).toBe(false);
    expect(sessionCookieName()).toBe("authjs.session-token");
    process.env.AUTH_URL = "http://192.168.1.5:3000";
    expect(secureCookies()).toBe(false);
    expect(activeChildCookieOptionsFor(secureCookies())).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
  });

  it("follows AUTH_URL when APP_URL is unset", () => {
    delete process.env.APP_URL;
    process.env.AUTH_URL = "https://diary.example/api/auth";
    expect(sessionCookieName()).toBe("__Secure-authjs.session-token");
  });
});
