import { describe, expect, it } from "vitest";
import { decodeText, parseCsv } from "./csv";

const gbk = (s: string) => {
  // "中文,数值" in GB18030, written out byte by byte (no encoder in the standard library).
  const table: Record<string, number[]> = { 中: [0xd6, 0xd0], 文: [0xce, 0xc4] };
  return new Uint8Array([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFF举措编号,值"))).toBe("举措编号,值");
    expect(decodeText(new TextEncoder().encode("举措编号,值"))).toBe("举措编号,值");
  });
  it("reads GB18030 (Excel's CSV on a Chinese Windows)", () => {
    expect(decodeText(gbk("中文,1"))).toBe("中文,1");
  });
  it("reads UTF-16 with a byte-order mark", () => {
    const body = Buffer.from("编号\t值", "utf16le");
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]))).toBe("编号\t值");
  });
});

describe("parseCsv", () => {
  it("splits rows and cells, CRLF or LF", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f")).toEqual([["a", "b"], ["c", "d"], ["e", "f"]]);
  });
  it("keeps quoted commas, quotes and line breaks", () => {
    expect(parseCsv('"a,1","say ""hi""","two\nlines"\r\nx,,')).toEqual([["a,1", 'say "hi"', "two\nlines"], ["x", "", ""]]);
  });
  it("reads tab-separated text", () => {
    expect(parseCsv("编号\t值\nA1\t3")).toEqual([["编号", "值"], ["A1", "3"]]);
  });
  it("ignores a final line break and keeps empty trailing cells", () => {
    expect(parseCsv("a,b\r\n")).toEqual([["a", "b"]]);
    expect(parseCsv("a,\n")).toEqual([["a", ""]]);
    expect(parseCsv("")).toEqual([]);
  });
});
