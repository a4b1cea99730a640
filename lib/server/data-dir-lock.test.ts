import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "liushi-lock-"));

describe("lockDataDir", () => {
  it("takes a free folder and releases it", () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it("refuses a folder held by a live process, naming it", async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, "liushi.lock"), JSON.stringify({ pid: holder.pid, since: "2026-11-30T01:00:00.000Z" }));
      let error: unknown;
      try {
        lockDataDir(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(`PID ${holder.pid}`);
      expect(JSON.parse(readFileSync(path.join(dir, "liushi.lock"), "utf8")).pid).toBe(holder.pid);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a dead process", async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => dead.once("exit", resolve));
    writeFileSync(path.join(dir, "liushi.lock"), JSON.stringify({ pid: dead.pid, since: "2026-11-30T01:00:00.000Z" }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("takes over a lock file that is empty or garbled", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "liushi.lock"), "");
    lockDataDir(dir).release();
  });
});
