import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { ACTION_CATALOG, catalogFixture, PERSONAS } from "../support/action-catalog";
import { databaseFingerprint } from "../support/fingerprint";
import { signInPersona } from "./personas";

const db = createPrismaClient();
let fx: Awaited<ReturnType<typeof catalogFixture>>;
beforeAll(async () => {
  fx = await catalogFixture(db);
});
afterAll(async () => {
  // changeOwnPassword succeeded for several demo accounts: give them their password back.
  await db.user.updateMany({ where: { username: { in: ["leader", "admin", fx.own, fx.outsider] } }, data: { passwordHash: await hashPassword(DEMO_PASSWORD) } });
  await db.$disconnect();
});

describe("the action catalog", () => {
  it("lists every server action in lib/actions", () => {
    const dir = path.resolve("lib/actions");
    const exported = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .filter((src) => src.startsWith('"use server"') && src.includes("defineAction("))
      .flatMap((src) => [...src.matchAll(/export const (\w+) = defineAction/g)].map((m) => m[1]));
    expect(exported.length).toBeGreaterThanOrEqual(12);
    expect(ACTION_CATALOG.map((e) => e.name).sort()).toEqual(exported.sort());
  });
});

describe.each(ACTION_CATALOG)("authorization of $name", (entry) => {
  it.each(PERSONAS)("as %s", async (persona) => {
    const input = await entry.validInput(db, fx);
    await signInPersona(db, persona, fx);
    const before = await databaseFingerprint(db);
    const result = await entry.action(null, input);
    await entry.cleanup?.(db);
    if (entry.allowed.includes(persona)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await databaseFingerprint(db)).not.toEqual(before);
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const expected = persona === "anonymous" ? "unauthenticated" : persona === "outsider" && entry.allowed.includes("officer") ? "not_found" : "forbidden";
      expect(result.code).toBe(expected);
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await databaseFingerprint(db)).toEqual(before);
    }
  });
});
