import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

type Row = { a: unknown; b: unknown };
const cols = [{ key: "a" as const, header: "甲" }, { key: "b" as const, header: "乙" }];

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF", () => {
    expect(toCsv<Row>([{ a: 1, b: "x" }], cols)).toBe("\uFEFF甲,乙\r\n1,x\r\n");
  });
  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv<Row>([{ a: 'a,"b"', b: "1\n2" }], cols)).toBe('\uFEFF甲,乙\r\n"a,""b""","1\n2"\r\n');
  });
  it("neutralises spreadsheet formulas but keeps negative numbers", () => {
    expect(toCsv<Row>([{ a: "=HYPERLINK(1)", b: -3.5 }], cols)).toBe("\uFEFF甲,乙\r\n'=HYPERLINK(1),-3.5\r\n");
    expect(toCsv<Row>([{ a: "@SUM", b: "+1+1" }], cols)).toBe("\uFEFF甲,乙\r\n'@SUM,'+1+1\r\n");
  });
  it("writes null and undefined as empty cells", () => {
    expect(toCsv<Row>([{ a: null, b: undefined }], cols)).toBe("\uFEFF甲,乙\r\n,\r\n");
  });
});
