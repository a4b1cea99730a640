import { describe, expect, it } from "vitest";
import { functionBlocks, undoSql } from "./sql-side-by-side";

describe("the side-by-side SQL bench's 'before'", () => {
  it("finds each function block of a migration", () => {
    const sql = "CREATE FUNCTION a(x int) RETURNS int LANGUAGE sql AS $$\n  SELECT 1\n$$;\nCREATE OR REPLACE FUNCTION b() RETURNS int AS $$\nSELECT 2\n$$;\n";
    const blocks = functionBlocks(sql);
    expect([...blocks.keys()]).toEqual(["a", "b"]);
    expect(blocks.get("b")).toBe("CREATE OR REPLACE FUNCTION b() RETURNS int AS $$\nSELECT 2\n$$;");
  });

  it("undoes a migration: its indexes dropped, its functions from the latest earlier migration", () => {
    const undo = undoSql("20261130200000_status_dashboard_cpu");
    expect(undo).toContain('DROP INDEX IF EXISTS "status_measure_snapshot_punctuality_idx";');
    expect(undo).toContain("CREATE OR REPLACE FUNCTION status_rollups(");
    // the earlier body: it filtered the snapshot days after reading them
    expect(undo).toContain(`a."asOf" IN (SELECT as_of FROM d) AND a."asOf" = ANY(snap.days)`);
    expect(undo).not.toContain("as the index condition");
  });

  it("drops a function that is new, and one whose arguments changed before putting back its earlier body", () => {
    const undo = undoSql("20261201050000_status_stored_sums");
    expect(undo).toContain("DROP FUNCTION IF EXISTS status_punctuality_months CASCADE;");
    expect(undo).not.toMatch(/CREATE OR REPLACE FUNCTION status_punctuality_months/);
    const drop = undo.indexOf("DROP FUNCTION IF EXISTS status_rollups CASCADE;");
    expect(drop).toBeGreaterThanOrEqual(0);
    expect(undo.indexOf("CREATE OR REPLACE FUNCTION status_rollups(")).toBeGreaterThan(drop);
    // the earlier body reads no stored strategy sums
    expect(undo.slice(drop)).not.toContain('"status_strategy_sums" x');
    // a function only replaced is not dropped
    expect(undo).not.toContain("DROP FUNCTION IF EXISTS status_punctuality CASCADE;");
  });
});
