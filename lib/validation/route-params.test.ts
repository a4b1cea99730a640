import { describe, expect, it } from "vitest";
import { decodeParam, MAX_DB_INT, parseId } from "./route-params";

describe("decodeParam", () => {
  it.each(["%FF", "%E0%A4%A", "%", "%G0", "abc%"])("gives null for the malformed %j instead of throwing", (raw) => {
    expect(() => decodeURIComponent(raw)).toThrow(URIError);
    expect(decodeParam(raw)).toBeNull();
  });
  it.each([["A2-04", "A2-04"], ["%E5%BB%BA", "建"], ["a%20b", "a b"], ["", ""]])("decodes %j", (raw, out) => expect(decodeParam(raw)).toBe(out));
});

describe("parseId", () => {
  it.each([["1", 1], ["42", 42], [String(MAX_DB_INT), MAX_DB_INT]])("reads %j", (raw, out) => expect(parseId(raw)).toBe(out));
  it.each(["99999999999999999999", String(MAX_DB_INT + 1), "9999999999", "0", "-1", "01", "1e3", "1.0", " 1", "0x10", "", "%FF", "NaN", "Infinity"])(
    "refuses %j",
    (raw) => expect(parseId(raw)).toBeNull(),
  );
  it.each([null, undefined])("refuses %j", (raw) => expect(parseId(raw)).toBeNull());
});
