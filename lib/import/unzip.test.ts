import ExcelJS from "exceljs";
import { constants, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "./read-spreadsheet";
import { unzipCapped } from "./unzip";

const MB = 1024 * 1024;

/**
 * Raw deflate data that inflates to `megabytes` MB of zeros, built without ever holding them:
 * one megabyte deflated with a sync flush (no final bit, byte-aligned) repeated, then an empty
 * final block. About 1 KB per megabyte.
 */
function zerosDeflated(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]));
}

type RawEntry = { name: string; data: Uint8Array; method: 0 | 8; declaredSize: number };

/** A ZIP whose central directory says what the test wants, true or not. */
function lyingZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(8, e.method, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, e.declaredSize, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const c = new Uint8Array(46 + name.length);
    const v = new DataView(c.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(10, e.method, true);
    v.setUint32(20, e.data.length, true);
    v.setUint32(24, e.declaredSize, true);
    v.setUint16(28, name.length, true);
    v.setUint32(42, offset, true);
    c.set(name, 46);
    parts.push(local, e.data);
    central.push(c);
    offset += local.length + e.data.length;
  }
  const size = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, size, true);
  d.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

describe("unzipCapped", () => {
  it("stops a lying archive at the cap: 150 MB behind a declared 1 KB (issue 12, item 10)", async () => {
    const zip = lyingZip([{ name: "xl/worksheets/sheet1.xml", data: zerosDeflated(150), method: 8, declaredSize: 1024 }]);
    expect(zip.length).toBeLessThan(200 * 1024);
    expect(await unzipCapped(zip, 40 * MB)).toEqual({ ok: false, reason: "too_large" });
  });

  it("the import refuses that file as too large instead of reading it", async () => {
    const zip = lyingZip([{ name: "xl/worksheets/sheet1.xml", data: zerosDeflated(150), method: 8, declaredSize: 1024 }]);
    const read = await readSpreadsheet(zip, [{ key: "code", header: "举措编号", required: true, note: "", example: "" }]);
    expect(read).toEqual({ ok: false, message: expect.stringContaining("解压后过大") });
  });

  it("never inflates past the cap: 4 GB behind small declared sizes is refused in moments", async () => {
    const zip = lyingZip([{ name: "a.xml", data: zerosDeflated(4096), method: 8, declaredSize: 10 }]);
    const started = performance.now();
    expect(await unzipCapped(zip, 40 * MB)).toEqual({ ok: false, reason: "too_large" });
    // Inflating the whole 4 GB would take many seconds and more memory than a Buffer may hold.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("counts the cap over all entries together", async () => {
    const entry = (name: string) => ({ name, data: zerosDeflated(30), method: 8 as const, declaredSize: 30 * MB });
    expect(await unzipCapped(lyingZip([entry("a"), entry("b")]), 40 * MB)).toEqual({ ok: false, reason: "too_large" });
    expect(await unzipCapped(lyingZip([entry("a")]), 40 * MB)).toMatchObject({ ok: true, unpackedBytes: 30 * MB });
  });

  it("refuses an entry whose declared size is above the cap before inflating it", async () => {
    const zip = lyingZip([{ name: "a", data: new Uint8Array(0), method: 0, declaredSize: 100 * MB }]);
    expect(await unzipCapped(zip, 40 * MB)).toEqual({ ok: false, reason: "too_large" });
  });

  it("refuses an archive that declares more than it holds, or truncated deflate data", async () => {
    expect(await unzipCapped(lyingZip([{ name: "a", data: zerosDeflated(1), method: 8, declaredSize: 2 * MB }]), 40 * MB)).toEqual({ ok: false, reason: "invalid" });
    const cut = zerosDeflated(2).subarray(0, 500);
    expect(await unzipCapped(lyingZip([{ name: "a", data: cut, method: 8, declaredSize: 2 * MB }]), 40 * MB)).toEqual({ ok: false, reason: "invalid" });
  });

  it.each([[new Uint8Array(0)], [new TextEncoder().encode("PK\u0003\u0004 not a zip")]])("refuses what is not a ZIP", async (bytes) => {
    expect(await unzipCapped(bytes, 40 * MB)).toEqual({ ok: false, reason: "invalid" });
  });

  it("repacks an honest workbook so that ExcelJS reads the same cells", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("填报数据").addRows([["举措编号", "本期数值"], ["A2-04", 5]]);
    const original = new Uint8Array(await wb.xlsx.writeBuffer());
    const unzipped = await unzipCapped(original, 40 * MB);
    if (!unzipped.ok) throw new Error(`refused: ${unzipped.reason}`);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(unzipped.zip.buffer.slice(unzipped.zip.byteOffset, unzipped.zip.byteOffset + unzipped.zip.byteLength) as ArrayBuffer);
    expect(again.getWorksheet("填报数据")?.getRow(2).values).toEqual([undefined, "A2-04", 5]);
  });
});
