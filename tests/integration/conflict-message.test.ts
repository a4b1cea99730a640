import { afterAll, expect, it } from "vitest";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { createPrismaClient } from "@/lib/prisma-client";
import { actorOf, reportingFixture } from "../support/db-utils";
import { signInAs } from "./session";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

// Issue 14, item 11: the conflict message quotes the newer report's narrative, which usually
// ends with its own full stop; the message must not then read "……推进。。请刷新".
it("quotes the newer report without doubling its punctuation", async () => {
  const fx = await reportingFixture(db);
  signInAs(await actorOf(db, fx.own));
  const { version } = await db.measure.findUniqueOrThrow({ where: { id: fx.measure.id }, select: { version: true } });
  const input = {
    measureId: String(fx.measure.id),
    period: "2021-12",
    status: "ON_TRACK",
    narrative: "本月完成两个项目的竣工验收，整体按计划推进。",
    basedOnVersion: String(version),
    values: { [String(fx.measure.indicators[0].id)]: "12" },
  };
  expect((await submitProgressReport(null, input)).ok).toBe(true);
  const refused = await submitProgressReport(null, input);
  expect(refused).toMatchObject({ ok: false, code: "conflict" });
  expect(refused.message).toContain("整体按计划推进。请刷新页面");
  expect(refused.message).not.toMatch(/[。；，！？.]{2}/);
});
