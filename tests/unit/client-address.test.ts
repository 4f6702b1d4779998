// ACC-11: the address the throttles count comes from X-Forwarded-For only for the proxy hops the
// operator names in TRUST_PROXY; otherwise from the socket, whatever a client writes.
import { afterEach, describe, expect, it } from "vitest";
import {
  clientAddress,
  markSocketHookInstalled,
  resolveClientAddress,
  SOCKET_ADDRESS_HEADER,
  trustedHops,
} from "@/lib/auth/client-address";
import { slowdownSeconds, SLOWDOWN } from "@/lib/auth/throttle";

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For without trusted hops: rotating it keeps one address", () => {
    for (const forged of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "", null]) {
      expect(resolveClientAddress("::ffff:192.0.2.10", forged, 0)).toBe("192.0.2.10");
    }
  });

  it("takes the entry the trusted proxies appended, counted from the right", () => {
    const xff = "6.6.6.6, 198.51.100.4, 10.0.0.2";
    expect(resolveClientAddress("10.0.0.3", xff, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.3", xff, 2)).toBe("198.51.100.4");
    // More hops than entries: the left-most claim is all there is.
    expect(resolveClientAddress("10.0.0.3", xff, 9)).toBe("6.6.6.6");
    // A request that bypassed the proxy has no header: the socket.
    expect(resolveClientAddress("10.0.0.3", null, 1)).toBe("10.0.0.3");
  });

  it("refuses garbage rather than counting it as an address", () => {
    expect(resolveClientAddress("x".repeat(100), null, 0)).toBeNull();
    expect(resolveClientAddress("a b;c", null, 0)).toBeNull();
    expect(resolveClientAddress(null, null, 0)).toBeNull();
  });
});

describe("trustedHops", () => {
  it("reads TRUST_PROXY as a small count, anything else as none", () => {
    expect(trustedHops(undefined)).toBe(0);
    expect(trustedHops("")).toBe(0);
    expect(trustedHops("0")).toBe(0);
    expect(trustedHops("1")).toBe(1);
    expect(trustedHops(" 2 ")).toBe(2);
    expect(trustedHops("true")).toBe(0);
    expect(trustedHops("-1")).toBe(0);
  });
});

describe("clientAddress", () => {
  const saved = process.env.TRUST_PROXY;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  });

  it("trusts the socket header only once the hook overwrites it, and X-Forwarded-For only with TRUST_PROXY", () => {
    delete process.env.TRUST_PROXY;
    const h = new Headers({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.9", "x-forwarded-for": "8.8.8.8", "x-real-ip": "9.9.9.9" });
    // Before the hook runs in this process the header could be a client's own: no address.
    expect(clientAddress(h)).toBeNull();
    markSocketHookInstalled();
    expect(clientAddress(h)).toBe("127.0.0.9");
    process.env.TRUST_PROXY = "1";
    expect(clientAddress(h)).toBe("8.8.8.8");
  });
});

describe("slowdownSeconds", () => {
  it("does nothing before the threshold, then doubles up to the cap", () => {
    expect(slowdownSeconds(0)).toBe(0);
    expect(slowdownSeconds(SLOWDOWN.after - 1)).toBe(0);
    expect(slowdownSeconds(SLOWDOWN.after)).toBe(1);
    expect(slowdownSeconds(SLOWDOWN.after + 1)).toBe(2);
    expect(slowdownSeconds(SLOWDOWN.after + 2)).toBe(4);
    expect(slowdownSeconds(SLOWDOWN.after + 20)).toBe(SLOWDOWN.maxDelaySeconds);
  });
});
