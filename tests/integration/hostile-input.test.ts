import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { ACTION_CATALOG, catalogFixture } from "../support/action-catalog";
import { databaseFingerprint } from "../support/fingerprint";
import { signInPersona } from "./personas";

const db = createPrismaClient();
let fx: Awaited<ReturnType<typeof catalogFixture>>;
// Random inputs can be valid, and then they change the fixture measure: put its wording,
// targets and departments back afterwards so that later test files see the seeded plan.
let saved: { measure: Record<string, unknown>; indicators: { id: number; data: Record<string, unknown> }[]; departments: { id: number; name: string }[] };
beforeAll(async () => {
  fx = await catalogFixture(db);
  const m = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id }, include: { indicators: true } });
  saved = {
    measure: { title: m.title, leadDepartmentId: m.leadDepartmentId, weight: m.weight, reportingCycle: m.reportingCycle, dueDay: m.dueDay },
    indicators: m.indicators.map(({ id, name, unit, baselineValue, targetValue, comparison, deadline }) => ({ id, data: { name, unit, baselineValue, targetValue, comparison, deadline } })),
    departments: await db.department.findMany({ select: { id: true, name: true } }),
  };
});
afterAll(async () => {
  await db.measure.update({ where: { id: fx.measure.id }, data: saved.measure });
  for (const i of saved.indicators) await db.indicator.update({ where: { id: i.id }, data: i.data });
  for (const d of saved.departments) await db.department.update({ where: { id: d.id }, data: { name: `恢复中#${d.id}` } }); // names are unique: clear them first
  for (const d of saved.departments) await db.department.update({ where: { id: d.id }, data: { name: d.name } });
  await db.$disconnect();
});

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, -1, -0.5, Number.NEGATIVE_INFINITY, 1e308, 2 ** 53, null, undefined, true, ""),
  fc.constantFrom("<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "２０２１-１２", "1e3", "0x10", " ", "\u0000", "字".repeat(100_000)),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer())),
);

describe.each(ACTION_CATALOG)("hostile input to $name", (entry) => {
  it("gets a clear refusal, never an internal error, and a refusal writes nothing", async () => {
    const valid = await entry.validInput(db, fx);
    const keys = Object.keys(valid);
    await signInPersona(db, entry.allowed.includes("officer") ? "officer" : entry.allowed[0], fx);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.subarray(keys, { minLength: 1 }), fc.array(hostile, { minLength: keys.length, maxLength: keys.length }), async (replaced, values) => {
        const input: Record<string, unknown> = { ...valid };
        replaced.forEach((k, i) => (input[k] = values[i]));
        const before = await databaseFingerprint(db);
        const result = await entry.action(null, input);
        if (result.ok) {
          await entry.cleanup?.(db);
          return; // random values can be valid too (a new name, say)
        }
        refused += 1;
        expect(["invalid", "not_found", "conflict"]).toContain(result.code);
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
        expect(await databaseFingerprint(db)).toEqual(before);
      }),
      { numRuns: 25, seed: 20171 },
    );
    expect(refused, "some hostile input must be refused").toBeGreaterThan(0);
  });
});

describe("zod's own messages", () => {
  it("are Chinese for a field of the wrong type", async () => {
    await signInPersona(db, "admin", fx);
    const result = await ACTION_CATALOG.find((e) => e.name === "createDepartment")!.action(null, { code: 42, name: ["x"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const messages of Object.values(result.fieldErrors ?? {})) for (const m of messages) expect(m).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
  });
});
