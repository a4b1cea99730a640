import { crc32, createInflateRaw } from "node:zlib";

// Unpacks an uploaded .xlsx (a ZIP) under a byte cap, then packs the entries again without
// compression for ExcelJS. The sizes an archive declares are not trusted: a 153 KB file that
// declared small entries inflated to 150 MB. Each entry is inflated as a stream and the
// stream is stopped as soon as the running total passes the cap, so a lying archive costs at
// most the cap in memory and time. ExcelJS then only copies stored bytes: it never inflates
// anything itself, so nothing it reads can differ from what was counted here.

export type Unzipped = { ok: true; zip: Uint8Array; unpackedBytes: number } | { ok: false; reason: "invalid" | "too_large" };

type Entry = { name: Uint8Array; flags: number; data: Uint8Array };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** A workbook has tens of parts; thousands would only be there to cost us time. */
const MAX_ENTRIES = 2000;
const UTF8_NAME = 0x0800;

/** Inflates raw deflate data, giving up once more than `cap` bytes have come out. */
function inflateCapped(data: Uint8Array, cap: number): Promise<Uint8Array | "too_large" | "invalid"> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: Uint8Array | "too_large" | "invalid") => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > cap) {
        settle("too_large");
        inflater.destroy();
        return;
      }
      chunks.push(chunk);
    });
    inflater.on("error", () => settle("invalid"));
    inflater.on("end", () => settle(new Uint8Array(Buffer.concat(chunks, size))));
    inflater.end(data);
  });
}

function findEndRecord(view: DataView): number {
  // The end record sits in the last 22 bytes plus up to 64 KB of comment.
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** The entries of a ZIP, inflated with at most `maxBytes` in all, repacked without compression. */
export async function unzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Unzipped> {
  const invalid = { ok: false, reason: "invalid" } as const;
  const tooLarge = { ok: false, reason: "too_large" } as const;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return invalid;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no 2 MB workbook needs.
  if (count === 0 || count > MAX_ENTRIES || offset === 0xffffffff) return invalid;

  const entries: Entry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return invalid;
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const declaredSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = bytes.slice(offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    // Encrypted entries (flag bit 0) and methods other than stored (0) and deflate (8) are refused.
    if (flags & 1 || (method !== 0 && method !== 8)) return invalid;
    // A declared size past the cap is refused before any work; a smaller one is checked below.
    if (declaredSize > maxBytes - total) return tooLarge;
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) return invalid;
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (start + compressedSize > bytes.length) return invalid;
    const raw = bytes.subarray(start, start + compressedSize);
    let data: Uint8Array;
    if (method === 0) data = raw;
    else {
      const inflated = await inflateCapped(raw, maxBytes - total);
      if (inflated === "too_large") return tooLarge;
      if (inflated === "invalid") return invalid;
      data = inflated;
    }
    if (data.byteLength > maxBytes - total) return tooLarge;
    // An archive that lies about a size is not a workbook any spreadsheet program wrote.
    if (data.byteLength !== declaredSize) return invalid;
    total += data.byteLength;
    entries.push({ name, flags, data });
  }
  return { ok: true, zip: storedZip(entries), unpackedBytes: total };
}

/** A ZIP of the entries as they are (method 0, stored). */
function storedZip(entries: Entry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, flags, data } of entries) {
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, LOCAL, true);
    l.setUint16(4, 20, true); // version needed: 2.0
    l.setUint16(6, flags & UTF8_NAME, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, data.byteLength, true);
    l.setUint32(22, data.byteLength, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, CENTRAL, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags & UTF8_NAME, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.byteLength, true);
    c.setUint32(24, data.byteLength, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.byteLength;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, EOCD, true);
  e.setUint16(8, entries.length, true);
  e.setUint16(10, entries.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
