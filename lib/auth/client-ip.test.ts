import { describe, expect, it } from "vitest";
import { clientIp, trustedProxies } from "./client-ip";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the hop the nearest proxy appended, not what the client claimed before it", () => {
    expect(clientIp(xff("1.2.3.4, 203.0.113.7"), new Set())).toBe("203.0.113.7");
    expect(clientIp(xff(" 203.0.113.7 "), new Set())).toBe("203.0.113.7");
  });
  it("skips the hops of trusted proxies only", () => {
    const trusted = trustedProxies("10.0.0.5, 10.0.0.6");
    expect(clientIp(xff("6.6.6.6, 203.0.113.7, 10.0.0.5"), trusted)).toBe("203.0.113.7");
    expect(clientIp(xff("6.6.6.6, 203.0.113.7, 10.0.0.6, 10.0.0.5"), trusted)).toBe("203.0.113.7");
    // A client cannot make itself a trusted proxy by sending its address.
    expect(clientIp(xff("10.0.0.5, 203.0.113.7"), trusted)).toBe("203.0.113.7");
  });
  it("reads IPv4 addresses written as IPv6", () => {
    expect(clientIp(xff("::ffff:127.0.0.1"), new Set())).toBe("127.0.0.1");
    expect(clientIp(xff("2001:db8::1, ::ffff:127.0.0.1"), trustedProxies("127.0.0.1"))).toBe("2001:db8::1");
  });
  it("falls back to X-Real-IP, else nothing", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }), new Set())).toBe("198.51.100.2");
    expect(clientIp(xff(""), new Set())).toBeNull();
    expect(clientIp(new Headers(), new Set())).toBeNull();
  });
});
