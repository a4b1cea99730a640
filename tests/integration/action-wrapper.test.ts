import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ActionRefusal, defineAction } from "@/lib/actions/action";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf } from "../support/db-utils";
import { databaseFingerprint } from "../support/fingerprint";
import { signInAs } from "./session";

// The wrapper's read-only runs (an import's dry run) and its after-commit work (the reminder
// e-mail), with actions defined here for the purpose.

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const KEY = "test.wrapper";

describe("a read-only run", () => {
  it("returns its data, writes no audit row, and undoes even a stray write", async () => {
    const check = defineAction({
      name: "test.check",
      roles: ["ADMIN"],
      schema: z.object({}),
      run: async ({ tx }) => {
        await tx.setting.create({ data: { key: KEY, value: { written: true } } });
        return { readOnly: true as const, message: "检查通过", data: { rows: 3 } };
      },
    });
    signInAs(await actorOf(db, "admin"));
    const before = await databaseFingerprint(db);
    expect(await check(null, {})).toEqual({ ok: true, message: "检查通过", data: { rows: 3 } });
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe("after-commit work", () => {
  it("runs once the transaction has committed, never after a refusal, and its failure is only logged", async () => {
    const done: string[] = [];
    const action = defineAction({
      name: "test.after",
      roles: ["ADMIN"],
      schema: z.object({ refuse: z.boolean(), fail: z.boolean() }),
      run: async ({ input, afterCommit }) => {
        afterCommit(async () => {
          if (input.fail) throw new Error("mail server down");
          done.push("sent");
        });
        if (input.refuse) throw new ActionRefusal("不行。");
        return { message: "好了。", audit: { objectType: "test", objectId: 1 } };
      },
    });
    signInAs(await actorOf(db, "admin"));
    expect(await action(null, { refuse: true, fail: false })).toMatchObject({ ok: false, message: "不行。" });
    expect(await action(null, { refuse: false, fail: false })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(done).toEqual(["sent"]));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await action(null, { refuse: false, fail: true })).toMatchObject({ ok: true, message: "好了。" });
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith("[action test.after] after-commit work failed", expect.any(Error)));
    errors.mockRestore();
    expect(done).toEqual(["sent"]);
  });
});

describe("a refused form", () => {
  it("comes back with what was typed to refill the form, but never a password", async () => {
    const action = defineAction({
      name: "test.refill",
      roles: ["ADMIN"],
      schema: z.object({ name: z.string().min(5, "至少 5 个字"), newPassword: z.string() }),
      run: async () => ({ message: "不会到这里", audit: { objectType: "test", objectId: 1 } }),
    });
    signInAs(await actorOf(db, "admin"));
    const form = new FormData();
    form.set("name", "短");
    form.set("newPassword", "Secret#2026");
    form.set("currentPassword", "Old#2026");
    const result = await action(null, form);
    expect(result).toMatchObject({ ok: false, code: "invalid", submitted: { name: "短" } });
    expect(JSON.stringify(result)).not.toContain("Secret#2026");
    expect(JSON.stringify(result)).not.toContain("Old#2026");
  });
});
