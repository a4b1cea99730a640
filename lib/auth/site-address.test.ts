import { describe, expect, it } from "vitest";
import { otherSiteAddress } from "./site-address";

describe("otherSiteAddress", () => {
  it("is null on the configured address, whatever the case", () => {
    expect(otherSiteAddress("localhost:3000", "http://localhost:3000")).toBeNull();
    expect(otherSiteAddress("GHJC.example.gov.cn", "https://ghjc.example.gov.cn/")).toBeNull();
  });
  it("is null behind a proxy that passes the host without its port (nginx's $host), or with the default one", () => {
    expect(otherSiteAddress("localhost", "http://localhost:8080")).toBeNull();
    expect(otherSiteAddress("ghjc.example.gov.cn", "https://ghjc.example.gov.cn:8443")).toBeNull();
    expect(otherSiteAddress("ghjc.example.gov.cn:443", "https://ghjc.example.gov.cn")).toBeNull();
    expect(otherSiteAddress("[::1]:3000", "http://[::1]:3000")).toBeNull();
  });
  it("names the configured origin when the request came in on another host or port", () => {
    expect(otherSiteAddress("127.0.0.1", "http://localhost:8080")).toBe("http://localhost:8080");
    expect(otherSiteAddress("127.0.0.1:3000", "http://localhost:3000")).toBe("http://localhost:3000");
    expect(otherSiteAddress("192.168.1.20:3000", "http://localhost:3000")).toBe("http://localhost:3000");
    expect(otherSiteAddress("localhost:3100", "http://localhost:3000")).toBe("http://localhost:3000");
  });
  it("says nothing without a Host header or a usable AUTH_URL", () => {
    expect(otherSiteAddress(null, "http://localhost:3000")).toBeNull();
    expect(otherSiteAddress("localhost:3000", undefined)).toBeNull();
    expect(otherSiteAddress("localhost:3000", "not a url")).toBeNull();
    expect(otherSiteAddress("bad host", "http://localhost:3000")).toBeNull();
  });
});
