import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the last x-forwarded-for entry, which the nearest proxy added", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1 , 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("ignores addresses a client puts first to forge its identity", () => {
    const a = clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }));
    const b = clientAddress(new Headers({ "x-forwarded-for": "2.2.2.2, 203.0.113.7" }));
    expect(a).toBe(b);
  });

  it("skips empty entries", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, ," }))).toBe("203.0.113.7");
  });

  it("reads plain header records, as next-auth passes them, including repeated headers", () => {
    expect(clientAddress({ "x-forwarded-for": "192.0.2.1" })).toBe("192.0.2.1");
    expect(clientAddress({ "x-forwarded-for": ["192.0.2.1", "192.0.2.2"] })).toBe("192.0.2.2");
  });

  it("falls back to x-real-ip, then to 'unknown'", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.9" }))).toBe("192.0.2.9");
    expect(clientAddress({ "x-real-ip": "192.0.2.9" })).toBe("192.0.2.9");
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
  });

  it("keeps IPv6 addresses whole", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });
});
