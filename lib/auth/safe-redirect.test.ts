import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_LOGIN, safeRedirect } from "./safe-redirect";

// What a browser would do with the login's redirect: resolve it against the page it is on.
const landsOn = (target: string) => new URL(safeRedirect(target), "https://liushi.example/login").host;

describe("safeRedirect", () => {
  // Issue 12, item 7: each of these passed the old prefix check and the browser ended on evil.example.
  const reported = ["/\t/evil.example", "/..//evil.example", "/.%2F%2Fevil.example", "/%2E%2E//evil.example", "/console/../..//evil.example"];
  const more = [
    "//evil.example", "/\\evil.example", "/\\/evil.example", "https://evil.example/console", "http:/evil.example", "javascript:alert(1)",
    "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/%09/evil.example", "/%0A/evil.example", "/%5Cevil.example", "/%5C%5Cevil.example",
    "/%2F%2Fevil.example", "/%252F%252Fevil.example", "/%2e%2e/%2e%2e//evil.example", "/./..//evil.example", "/console/..%2F..%2F%2Fevil.example",
    "/\u200b/evil.example", "/console/%E0%A4%A", "/%25%32%46%25%32%46evil.example",
  ];
  it.each([...reported, ...more])("refuses %j and sends the user to the console", (target) => {
    expect(safeRedirect(target)).toBe(DEFAULT_AFTER_LOGIN);
    expect(landsOn(target)).toBe("liushi.example");
  });

  it("refuses an overlong path", () => expect(safeRedirect(`/console/${"a".repeat(3000)}`)).toBe(DEFAULT_AFTER_LOGIN));

  it.each([null, undefined, "", "console", 42, ["/console"]])("refuses %j", (target) => {
    expect(safeRedirect(target)).toBe(DEFAULT_AFTER_LOGIN);
  });

  it.each([
    ["/console", "/console"],
    ["/console/measures/12", "/console/measures/12"],
    ["/console/dashboard/A?asOf=2021-06-30", "/console/dashboard/A?asOf=2021-06-30"],
    ["/console/review?tab=mine#list", "/console/review?tab=mine#list"],
    ["/console/admin/audit?action=//evil.example", "/console/admin/audit?action=//evil.example"],
    ["/", "/"],
  ])("keeps the site's own path %j", (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
    expect(landsOn(target)).toBe("liushi.example");
  });
});
