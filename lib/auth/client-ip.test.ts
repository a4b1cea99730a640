import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the hop the proxy appended, not what the client claimed before it", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.7 " }))).toBe("203.0.113.7");
  });
  it("falls back to X-Real-IP, else nothing", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers({ "x-forwarded-for": "" }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });
});
