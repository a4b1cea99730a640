import { describe, expect, it } from "vitest";
import { checksumProblems, isArchivePath, localMigrations, makeManifest, migrationProblems, parseManifest } from "./backup-manifest";
import { insertStatement, sqlLiteral } from "./sql-literal";

const local = [
  { name: "20260101000000_a", checksum: "a".repeat(64) },
  { name: "20260102000000_b", checksum: "b".repeat(64) },
];
const manifest = makeManifest({
  createdAt: "2026-11-30T00:00:00.000Z",
  source: { kind: "pglite", serverVersion: "PostgreSQL" },
  migrations: local.slice(0, 1),
  tables: { plan: 1 },
  files: [
    { path: "database.sql", sha256: "1".repeat(64), bytes: 10 },
    { path: "uploads/0b6f4c7e-4a39-4b8e-9f53-1d1c5a0e2b11", sha256: "2".repeat(64), bytes: 3 },
  ],
  missingUploads: [],
});

describe("migration level", () => {
  it("accepts an older or equal schema", () => {
    expect(migrationProblems(local.slice(0, 1), local, "restore")).toEqual([]);
    expect(migrationProblems(local, local, "restore")).toEqual([]);
  });
  it("refuses a migration this code does not have (a newer schema)", () => {
    const problems = migrationProblems([...local, { name: "20270101000000_new", checksum: "c".repeat(64) }], local, "restore");
    expect(problems.join()).toMatch(/更新的数据库结构.*20270101000000_new/);
  });
  it("refuses a migration whose file differs from what the database applied", () => {
    expect(migrationProblems([{ name: local[0].name, checksum: "f".repeat(64) }], local, "backup").join()).toMatch(/校验和不一致/);
  });
  it("reads this code's migrations with Prisma's checksum (SHA-256 of migration.sql)", () => {
    const mine = localMigrations();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => /^[0-9a-f]{64}$/.test(m.checksum) && m.sql.length > 0)).toBe(true);
  });
});

describe("manifest", () => {
  it("records the last migration", () => expect(manifest.lastMigration).toBe(local[0].name));
  it("round-trips and refuses other formats or unsafe paths", () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(() => parseManifest("{}")).toThrow(/不是本平台的备份/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, files: [...manifest.files, { path: "../etc/passwd", sha256: "3".repeat(64), bytes: 1 }] }))).toThrow(/不允许/);
    expect(isArchivePath("uploads/../../x")).toBe(false);
  });
  it("finds changed, missing and unlisted files", () => {
    const actual = new Map([
      ["database.sql", "1".repeat(64)],
      ["uploads/0b6f4c7e-4a39-4b8e-9f53-1d1c5a0e2b11", "2".repeat(64)],
    ]);
    expect(checksumProblems(manifest, actual)).toEqual([]);
    actual.set("database.sql", "9".repeat(64));
    actual.delete("uploads/0b6f4c7e-4a39-4b8e-9f53-1d1c5a0e2b11");
    actual.set("uploads/extra", "4".repeat(64));
    expect(checksumProblems(manifest, actual)).toHaveLength(3);
  });
});

describe("SQL literals", () => {
  it("keeps every statement on one line", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("a\nb\\c\r")).toBe("E'a\\nb\\\\c\\r'");
    expect(insertStatement("t", ['we"ird'], [["x\ny"], [null]])).not.toMatch(/\n/);
  });
});
