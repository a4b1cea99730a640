// Issue 12, item 9: evidence files are streamed to disk while hashed and counted (POST
// /api/evidence), never held whole in memory; past the limit reading stops and the partial file
// goes; a file appears under its name only whole; nothing is left behind on any refusal.
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/evidence/route";
import { stageEvidence } from "@/lib/evidence/staged-upload";
import { RATE_RULES } from "@/lib/rate-limit/rules";
import { memoryStore } from "@/lib/rate-limit/store";
import { takeUploadRate } from "@/lib/rate-limit/upload";
import { uploadDir } from "@/lib/evidence/upload-dir";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture, writeFootprint } from "../support/db-utils";
import { submitAs } from "../support/report-flow";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

let fx: Awaited<ReturnType<typeof reportingFixture>>;
beforeEach(async () => {
  fx = await reportingFixture(db);
  signInAs(await actorOf(db, fx.own));
});

const MB = 1024 * 1024;
const incoming = () => readdir(path.join(uploadDir(), "incoming")).catch(() => [] as string[]);

/**
 * A PDF-looking body of `total` bytes made chunk by chunk as it is read (never whole), which
 * records how much was read, its hash, and calls `during` once halfway.
 */
function pdfStream(total: number, { failAt, during }: { failAt?: number; during?: () => Promise<void> } = {}) {
  const seen = { pulled: 0, hash: createHash("sha256") };
  let halfway = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (failAt !== undefined && seen.pulled >= failAt) return controller.error(new Error("client went away"));
      if (seen.pulled >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, total - seen.pulled)).fill(0x41);
      if (seen.pulled === 0) chunk.set(new TextEncoder().encode("%PDF-1.7\n"));
      seen.pulled += chunk.byteLength;
      seen.hash.update(chunk);
      if (!halfway && seen.pulled >= total / 2 && during) {
        halfway = true;
        await during();
      }
      controller.enqueue(chunk);
    },
  });
  return { stream, seen };
}

function post(body: ReadableStream<Uint8Array>, name: string, headers: Record<string, string> = {}) {
  return POST(new Request("http://localhost/api/evidence", { method: "POST", body, headers: { "x-file-name": encodeURIComponent(name), ...headers }, duplex: "half" } as RequestInit));
}

describe("POST /api/evidence", () => {
  it("streams a file to disk: memory does not grow with its size, the hash and size are right", async () => {
    global.gc?.();
    const before = process.memoryUsage();
    let peak = 0;
    const sample = async () => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers, now.rss - before.rss);
    };
    const total = 120 * MB; // six times the form's limit: the staging itself has no reason to hold it
    const { stream, seen } = pdfStream(total, { during: sample });
    const interval = setInterval(() => void sample(), 5);
    const result = await stageEvidence(stream, { fileName: "大文件.pdf", uploadedById: 1, maxBytes: 200 * MB });
    clearInterval(interval);
    await sample();
    expect(result).toMatchObject({ ok: true, staged: { sizeBytes: total, sha256: seen.hash.digest("hex"), mime: "application/pdf" } });
    // Buffering it would cost at least 120 MB; streaming costs a few chunks and the runtime's noise.
    expect(peak).toBeLessThan(40 * MB);
  });

  it("a file appears under its name only whole: a partial one is a .part", async () => {
    let during: string[] = [];
    const { stream } = pdfStream(4 * MB, { during: async () => void (during = await incoming()) });
    const response = await post(stream, "台账.pdf");
    expect(response.status).toBe(201);
    const { key } = (await response.json()) as { key: string };
    expect(during).toContain(`${key}.part`);
    expect(during).not.toContain(key);
    expect(await incoming()).toEqual(expect.arrayContaining([key, `${key}.json`]));
    expect(await incoming()).not.toContain(`${key}.part`);
  });

  it("stops reading past 20 MB, removes the partial file and says why in Chinese", async () => {
    const before = await incoming();
    const { stream, seen } = pdfStream(60 * MB);
    const response = await post(stream, "航拍视频.pdf");
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, message: "文件“航拍视频.pdf”超过 20 MB 的大小限制" });
    expect(seen.pulled).toBeLessThan(21 * MB); // not read to the end
    expect(await incoming()).toEqual(before);
  });

  it("refuses a declared length past 20 MB before reading anything", async () => {
    const { stream, seen } = pdfStream(MB);
    const response = await post(stream, "a.pdf", { "content-length": String(20 * MB + 1) });
    expect(response.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024); // at most the stream's own read-ahead
  });

  it("leaves nothing behind when the client goes away mid-upload, or the content is not what its name says", async () => {
    const before = await incoming();
    const { stream } = pdfStream(8 * MB, { failAt: 2 * MB });
    await expect(post(stream, "断线.pdf")).rejects.toThrow("client went away");
    expect(await incoming()).toEqual(before);
    const fake = new Blob(["<html><script>alert(1)</script>"]).stream();
    const response = await post(fake, "报告.pdf");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: "文件“报告.pdf”的内容与其扩展名不符" });
    expect(await incoming()).toEqual(before);
  });

  it("takes files only from a signed-in officer", async () => {
    signInAs(null);
    expect((await post(pdfStream(10).stream, "a.pdf")).status).toBe(401);
    signInAs(await actorOf(db, "leader"));
    expect((await post(pdfStream(10).stream, "a.pdf")).status).toBe(403);
  });

  it("counts each officer's uploads: past 200 in 10 minutes it answers 429 in Chinese before reading, others go on", async () => {
    // A counter of this test's own (the route reads the process's store), put back afterwards.
    const shared = globalThis as unknown as { liushiRateStore?: ReturnType<typeof memoryStore> };
    const saved = shared.liushiRateStore;
    shared.liushiRateStore = memoryStore();
    try {
      const before = await incoming();
      const officer = await actorOf(db, fx.own);
      for (let i = 0; i < RATE_RULES.upload.limit - 1; i++) await takeUploadRate(officer.id, shared.liushiRateStore);
      expect((await post(pdfStream(1000).stream, "第200个.pdf")).status).toBe(201);
      const after = await incoming();
      const { stream, seen } = pdfStream(MB);
      const response = await post(stream, "第201个.pdf");
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(590);
      expect(await response.json()).toEqual({ ok: false, message: "上传过于频繁，请 10 分钟后再试。" });
      expect(seen.pulled).toBeLessThanOrEqual(64 * 1024); // at most the stream's own read-ahead
      expect(await incoming()).toEqual(after);
      expect(after.length).toBe(before.length + 2); // the 200th: the file and its note
      // another officer's count is their own
      signInAs(await actorOf(db, fx.outsider));
      expect((await post(pdfStream(1000).stream, "另一位.pdf")).status).toBe(201);
    } finally {
      shared.liushiRateStore = saved;
    }
  });

  it("another officer's upload key attaches nothing", async () => {
    signInAs(await actorOf(db, fx.outsider));
    const response = await post(pdfStream(1000).stream, "别人的材料.pdf");
    const { key } = (await response.json()) as { key: string };
    const footprint = await writeFootprint(db);
    const result = await submitAs(db, fx.own, fx.measure.id, { period: "2021-05", evidence: key });
    expect(result).toMatchObject({ ok: false, fieldErrors: { evidence: ["部分证明材料已失效，请重新选择文件后再提交"] } });
    expect(await writeFootprint(db)).toEqual(footprint);
    expect(await incoming()).toContain(key);
  });
});
