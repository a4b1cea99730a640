import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendReminder } from "@/lib/actions/send-reminder";
import { submitProgressReport } from "@/lib/actions/submit-progress-report";
import { updateUser } from "@/lib/actions/update-user";
import { getInboxCount, getOfficerInbox } from "@/lib/dal/inbox";
import { listReminderCandidates } from "@/lib/dal/reminders";
import { createPrismaClient } from "@/lib/prisma-client";
import { countQueries } from "../support/query-counter";
import { actorOf } from "../support/db-utils";
import { databaseFingerprint } from "../support/fingerprint";
import { signInAs } from "./session";

// The inbox (通知中心) and reminders (催办) on the seeded demo plan, where every measure reports
// quarterly and the demo history has a report for every quarter but a few of the last one.

const db = createPrismaClient();
afterAll(() => db.$disconnect());
afterEach(() => vi.unstubAllEnvs());

const TODAY = "2026-11-29";
const measureId = async (code: string) => (await db.measure.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
let planId: number;
beforeAll(async () => {
  planId = (await db.plan.findFirstOrThrow({ where: { state: "CURRENT" }, select: { id: true } })).id;
});

describe("the officer's inbox", () => {
  it("shows the last quarter's unsubmitted draft as overdue and the returned reports, summarised per measure", async () => {
    // 便民服务中心 (A1-01-P02, led by 建设管理办公室, with 社会事务管理办公室 and 党政办公室): its 2021 Q4
    // report is still a draft. The 2021 Q4 report of C4-06 (柳市派出所) was returned.
    const dangzheng = await getOfficerInbox(await actorOf(db, "dangzheng"), TODAY);
    expect(dangzheng.overdue).toEqual([
      expect.objectContaining({ code: "A1-01-P02", periodKey: "2021-Q4", periodLabel: "2021年第四季度", due: "2022-01-05", overdueCount: 1 }),
    ]);
    expect(dangzheng).toMatchObject({ dueSoon: [], returned: [] });
    expect(dangzheng.count).toBe(1 + dangzheng.reminders.length);
    const paichusuo = await getOfficerInbox(await actorOf(db, "paichusuo"), TODAY);
    expect(paichusuo.returned).toEqual([expect.objectContaining({ code: "C4-06", periodEnd: "2021-12-31", comment: expect.stringMatching(/./) })]);
    expect(paichusuo.overdue).toEqual([]);
  });

  it("on a day inside the plan, a monthly measure has its month due soon and the unreported months overdue", async () => {
    const id = await measureId("B1-01");
    await db.measure.update({ where: { id }, data: { reportingCycle: "MONTHLY" } });
    try {
      const inbox = await getOfficerInbox(await actorOf(db, "xuanchuan"), "2019-07-03");
      const line = inbox.overdue.find((d) => d.code === "B1-01");
      // Quarterly reports answer for March, June …: the other two months of each quarter are open
      // (2017 Q1 – 2019 Q1, and April and May 2019).
      expect(line).toMatchObject({ periodKey: "2019-05", overdueCount: 2 * 9 + 2 });
      expect(inbox.dueSoon.find((d) => d.code === "B1-01")).toBeUndefined(); // June has its (quarterly) report
      const later = await getOfficerInbox(await actorOf(db, "xuanchuan"), "2019-08-01");
      expect(later.dueSoon.find((d) => d.code === "B1-01")).toMatchObject({ periodKey: "2019-07", due: "2019-08-05" });
    } finally {
      await db.measure.update({ where: { id }, data: { reportingCycle: "QUARTERLY" } });
    }
  });

  it("counts the badge with one SQL statement, the same number as the page", async () => {
    const actor = await actorOf(db, "jianshe");
    signInAs(actor);
    const { result, queries } = await countQueries(() => getInboxCount(actor));
    expect(queries).toBe(1);
    expect(result).toBe((await getOfficerInbox(actor)).count);
    const leader = await actorOf(db, "leader");
    const review = await countQueries(() => getInboxCount(leader));
    expect(review.queries).toBe(1);
    expect(review.result).toBe(await db.progressReport.count({ where: { reviewState: "SUBMITTED", measure: { taskArea: { strategy: { planId } } } } }));
    expect(await getInboxCount(await actorOf(db, "admin"))).toBe(0);
  });
});

describe("sendReminder", () => {
  let lagging: { id: number; code: string };
  beforeAll(async () => {
    const candidates = await listReminderCandidates(await actorOf(db, "leader"));
    const first = candidates.find((c) => c.status === "LAGGING" || c.status === "OVERDUE")!;
    lagging = { id: first.measureId, code: first.code };
  });

  it("lists as remindable the measures the status engine finds lagging or overdue, and those with a report overdue", async () => {
    const candidates = await listReminderCandidates(await actorOf(db, "leader"), TODAY);
    expect(candidates.find((c) => c.code === "A1-01-P02")).toMatchObject({ overdue: { label: "2021年第四季度", count: 1 } });
    expect(candidates.every((c) => c.overdue !== null || c.status === "LAGGING" || c.status === "OVERDUE")).toBe(true);
    const leaderA = await listReminderCandidates(await actorOf(db, "leader-a"), TODAY);
    expect(leaderA.every((c) => c.code.startsWith("A"))).toBe(true);
  });

  it("refuses a measure outside the leader's strategies, one that is on track, and an empty message, writing nothing", async () => {
    const before = await databaseFingerprint(db);
    signInAs(await actorOf(db, "leader-a"));
    const foreign = (await listReminderCandidates(await actorOf(db, "leader"))).find((c) => !c.code.startsWith("A"))!;
    expect(await sendReminder(null, { measureId: String(foreign.measureId), message: "请尽快填报。" })).toMatchObject({ ok: false, code: "not_found" });
    signInAs(await actorOf(db, "leader"));
    const candidates = new Set((await listReminderCandidates(await actorOf(db, "leader"))).map((c) => c.measureId));
    const fine = await db.measure.findFirstOrThrow({ where: { id: { notIn: [...candidates] }, taskArea: { strategy: { planId } } }, select: { id: true } });
    expect(await sendReminder(null, { measureId: String(fine.id), message: "请尽快填报。" })).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { measureId: ["该举措无需催办"] },
    });
    expect(await sendReminder(null, { measureId: String(lagging.id), message: "  " })).toMatchObject({ ok: false, fieldErrors: { message: ["请填写催办内容"] } });
    signInAs(await actorOf(db, "jianshe"));
    expect(await sendReminder(null, { measureId: String(lagging.id), message: "请尽快填报。" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await databaseFingerprint(db)).toEqual(before);
  });

  it("is stored, audited and shown to the measure's officers until they submit a report", async () => {
    signInAs(await actorOf(db, "leader"));
    const result = await sendReminder(null, { measureId: String(lagging.id), message: "请说明滞后原因并于本周内补报。" });
    expect(result).toMatchObject({ ok: true, message: `已向 ${lagging.code} 的责任单位发出催办。` });
    const reminder = await db.reminder.findFirstOrThrow({ where: { measureId: lagging.id }, orderBy: { id: "desc" } });
    expect(reminder.message).toBe("请说明滞后原因并于本周内补报。");
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "reminder.send" }, orderBy: { id: "desc" } })).toMatchObject({
      actorName: "leader", objectType: "reminder", objectId: String(reminder.id),
    });

    const measure = await db.measure.findUniqueOrThrow({
      where: { id: lagging.id },
      select: { version: true, leadDepartment: { select: { users: { select: { user: { select: { username: true } } } } } } },
    });
    const officer = await actorOf(db, measure.leadDepartment.users.map((u) => u.user.username).find((u) => u !== "officer2")!);
    const inbox = await getOfficerInbox(officer, TODAY);
    expect(inbox.reminders).toContainEqual(expect.objectContaining({ id: reminder.id, sender: "分管领导（演示）", message: "请说明滞后原因并于本周内补报。" }));

    signInAs(officer);
    const submitted = await submitProgressReport(null, {
      measureId: String(lagging.id), period: "2021-12", status: "LAGGING", narrative: "收到催办，已补充说明滞后原因和整改措施，下月完成。", basedOnVersion: String(measure.version),
    });
    expect(submitted).toMatchObject({ ok: true });
    expect((await getOfficerInbox(officer, TODAY)).reminders.filter((r) => r.measureId === lagging.id)).toEqual([]);
  });
});

describe("reminder e-mail", () => {
  it("goes to the address an admin records on the account; a malformed one is refused", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { username: "anjian" }, include: { departments: true } });
    const input = (email?: string) => ({ userId: String(target.id), displayName: target.displayName, role: "OFFICER", departmentIds: target.departments.map((d) => String(d.departmentId)), isActive: "on", ...(email !== undefined && { email }) });
    signInAs(await actorOf(db, "admin"));
    expect(await updateUser(null, input("not-an-address"))).toMatchObject({ ok: false, fieldErrors: { email: ["请填写有效的电子邮箱，或留空"] } });
    expect(await updateUser(null, input(" anjian@liushi.example.gov.cn "))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).email).toBe("anjian@liushi.example.gov.cn");
    expect(await updateUser(null, input())).toMatchObject({ ok: true }); // a form without the field keeps it
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).email).toBe("anjian@liushi.example.gov.cn");
    expect(await updateUser(null, input(""))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).email).toBeNull();
  });

  /** A minimal SMTP server that records the messages it accepts. */
  async function fakeSmtp() {
    const messages: string[] = [];
    const server = net.createServer((socket) => {
      let data = false;
      let body = "";
      socket.write("220 fake ESMTP\r\n");
      socket.on("data", (chunk) => {
        for (const line of chunk.toString("utf8").split("\r\n")) {
          if (data) {
            if (line === ".") {
              data = false;
              messages.push(body);
              body = "";
              socket.write("250 OK\r\n");
            } else body += `${line}\n`;
          } else if (/^(EHLO|HELO)/i.test(line)) socket.write("250 fake\r\n");
          else if (/^DATA/i.test(line)) {
            data = true;
            socket.write("354 go\r\n");
          } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
          else if (line) socket.write("250 OK\r\n");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { messages, port: (server.address() as net.AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
  }

  it("goes to the officers with an address when SMTP_URL is set, and a dead mail server never fails the reminder", async () => {
    const smtp = await fakeSmtp();
    const id = await measureId("A1-01-P02");
    const officer = await db.user.update({ where: { username: "shehui" }, data: { email: "shehui@example.gov.cn" } });
    try {
      vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${smtp.port}`);
      signInAs(await actorOf(db, "leader"));
      expect(await sendReminder(null, { measureId: String(id), message: "便民服务中心四季度进展请尽快提交。" })).toMatchObject({ ok: true });
      await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), { timeout: 5000 });
      expect(smtp.messages[0]).toMatch(/shehui@example\.gov\.cn/);

      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
      expect(await sendReminder(null, { measureId: String(id), message: "再次催办：请尽快提交。" })).toMatchObject({ ok: true });
      await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringContaining("[mail] could not send")), { timeout: 15_000 });
      errors.mockRestore();
    } finally {
      await db.user.update({ where: { id: officer.id }, data: { email: null } });
      await smtp.close();
    }
  });
});
