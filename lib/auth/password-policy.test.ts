import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

describe("passwordProblems", () => {
  it.each(["Liushi@2017demo", "abcdefGH12", "ABCDEFGH1!", "abcdefgh1!", `长长的口令Ab1${"x".repeat(3)}`, `Aa1${"x".repeat(125)}`])("accepts %s", (p) => {
    expect(passwordProblems(p)).toEqual([]);
  });
  it.each([
    ["Ab1!short", "密码至少 10 个字符"],
    ["abcdefghijk", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["abcdefgh12", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    [`Aa1${"x".repeat(126)}`, "密码不超过 128 个字符"],
  ])("refuses %s", (p, problem) => {
    expect(passwordProblems(p)).toContain(problem);
  });
  it("allows a 64-character passphrase", () => expect(passwordProblems("Correct horse battery staple 2026 ".repeat(2).slice(0, 64))).toEqual([]));
  it("refuses a password containing the user name", () => {
    expect(passwordProblems("Jiaoyu@20261", "jiaoyu")).toEqual(["密码不能包含用户名"]);
  });
});
