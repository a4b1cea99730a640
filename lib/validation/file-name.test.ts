import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanFileName, stripInvisible } from "./file-name";
import { ZImportInput } from "./import";


describe("cleanFileName", () => {
  it("removes the right-to-left override that made x\\u202Egnp.pdf read as xfdp.png (issue 12, item 17)", () => {
    expect(cleanFileName("x\u202Egnp.pdf")).toBe("xgnp.pdf");
  });

  it.each([
    ["bidi embeddings, isolates and marks", "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061C.pdf", "abcdefghijk.pdf"],
    ["zero-width characters and the BOM", "验\u200B收\u200C报\u200D告\u2060\uFEFF.pdf", "验收报告.pdf"],
    ["C0 and C1 controls, DEL", "a\u0000b\u0007c\td\ne\rf\u007Fg\u0085h\u009Fi.pdf", "abcdefghi.pdf"],
    ["line and paragraph separators", "a\u2028b\u2029c.pdf", "abc.pdf"],
    ["soft hyphen, tag characters, interlinear annotation", "a\u00ADb\u{E0041}c\uFFF9d.pdf", "abcd.pdf"],
  ])("removes %s", (_what, input, out) => expect(cleanFileName(input)).toBe(out));

  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\x\\照片.jpg", "照片.jpg"],
    ['a"b<c>.pdf', "a_b_c_.pdf"],
    ["", "file"],
    ["\u202E\u200B", "file"],
    ["..\u202E/evil.pdf", "evil.pdf"],
    ["  2021年 第四季度 验收.pdf ", "2021年 第四季度 验收.pdf"],
  ])("%j → %j", (input, out) => expect(cleanFileName(input)).toBe(out));

  it("keeps the end of a long name, whole characters only", () => {
    const name = `${"很".repeat(200)}.pdf`;
    expect(cleanFileName(name)).toBe(`${"很".repeat(116)}.pdf`);
    expect(cleanFileName(`${"😀".repeat(130)}.pdf`, { max: 10 })).toBe(`${"😀".repeat(6)}.pdf`);
  });

  it("stripInvisible leaves ordinary text alone", () => {
    expect(stripInvisible("台账 2021-12 (终稿).xlsx")).toBe("台账 2021-12 (终稿).xlsx");
  });
});

// An evidence file's name is cleaned by POST /api/evidence: tests/integration/file-names.test.ts.
describe("every upload keeps only the cleaned name", () => {
  const bidi = "x\u202Egnp";
  it("an imported spreadsheet's name (audit log and result)", () => {
    expect(ZImportInput.parse({ file: new File(["a,b"], `${bidi}.csv`) }).file.name).toBe("xgnp.csv");
  });
});

describe("the migration's character class", () => {
  it("matches exactly what stripInvisible removes, for every code point", async () => {
    const sql = await readFile(path.join(import.meta.dirname, "../../prisma/migrations/20261130090200_security_file_names/migration.sql"), "utf8");
    const classes = [...sql.matchAll(/'(\[\\u0001[^']*\])'/g)].map((m) => m[1]);
    expect(classes.length).toBe(3);
    expect(new Set(classes).size).toBe(1);
    // PostgreSQL's \UXXXXXXXX is JavaScript's \u{XXXXXXXX}.
    const sqlClass = new RegExp(classes[0].replace(/\\U([0-9A-F]{8})/g, "\\u{$1}"), "u");
    const differing: number[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (sqlClass.test(c) !== (stripInvisible(c) === "")) differing.push(cp);
    }
    expect(differing).toEqual([]);
  });
});
