// The production topology (issue 10): nginx in front of two `next start` processes that share
// PostgreSQL and Redis. An approval through process 1 must show on process 2 and through nginx
// within 2 s; a restarted process serves the new value; a Redis outage leaves pages answering
// and approvals working; a session made on one process works on the other. PostgreSQL only:
// the embedded PGlite is one process by design.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { freePort } from "@/lib/server/embedded-db";
import { spawnNext, stopChild, waitForOk } from "@/lib/server/next-process";
import { nginxBinary, startNginx } from "@/lib/server/nginx";
import { startRedisAt, stopRedisAt } from "../support/redis-server";
import { appEnv } from "./app-env";
import { logInAndWait } from "./helpers";

const redisPort = Number(process.env.E2E_REDIS_PORT ?? 0);
test.skip(!redisPort, "集群测试需要 PostgreSQL（DATABASE_URL）：内置 PGlite 只有一个进程，跳过。");
test.describe.configure({ mode: "serial" });

const p1 = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
let p2 = "";
let viaNginx = "";
let db: Db;
let second: ChildProcess | null = null;
let nginx: ChildProcess | null = null;
let nginxDir = "";
let secondPort = 0;

const env = () => appEnv({ databaseUrl: process.env.E2E_DATABASE_URL!, embedded: false, redisUrl: process.env.E2E_REDIS_URL, port: process.env.E2E_PORT ?? 3100 });

async function startSecond() {
  second = spawnNext({ port: secondPort, env: env(), stdio: ["ignore", "ignore", "inherit"] });
  await waitForOk(`${p2}/api/health`, { child: second });
}

test.beforeAll(async () => {
  expect(nginxBinary(), "nginx 未安装（apt-get install -y nginx）").not.toBeNull();
  db = createPrismaClient(process.env.E2E_DATABASE_URL);
  secondPort = await freePort();
  p2 = `http://127.0.0.1:${secondPort}`;
  await startSecond();
  const nginxPort = await freePort();
  viaNginx = `http://127.0.0.1:${nginxPort}`;
  nginxDir = mkdtempSync(path.join(os.tmpdir(), "liushi-e2e-nginx-"));
  nginx = startNginx({ dir: nginxDir, listen: nginxPort, upstreams: [new URL(p1).host, `127.0.0.1:${secondPort}`], workers: 1 });
  await waitForOk(`${viaNginx}/api/health`, { child: nginx });
});

test.afterAll(async () => {
  if (nginx) await stopChild(nginx, 5_000);
  if (second) await stopChild(second);
  if (nginxDir) rmSync(nginxDir, { recursive: true, force: true });
  await db?.$disconnect();
});

/** Submitted, unreviewed reports with a unique narrative, one per measure: fixtures through Prisma. */
async function pendingReports(count: number, label: string) {
  const measures = await db.measure.findMany({
    where: { parentId: null, reports: { none: { reviewState: "SUBMITTED" } } },
    select: { id: true, code: true, version: true, leadDepartmentId: true },
    orderBy: { id: "asc" },
    take: count,
  });
  const reports = [];
  for (const [i, m] of measures.entries()) {
    const author = await db.user.findFirstOrThrow({ where: { role: "OFFICER", departments: { some: { departmentId: m.leadDepartmentId } } }, select: { id: true } });
    const narrative = `${label}第${i + 1}轮：集群可见性测试 ${Date.now()}`;
    // The measure's own latest status, so that these approvals change no light other specs read.
    const latest = await db.progressReport.findFirst({ where: { measureId: m.id, reviewState: "APPROVED" }, orderBy: [{ periodEnd: "desc" }, { id: "desc" }], select: { status: true } });
    const draft = await db.progressReport.create({
      data: { measureId: m.id, periodStart: new Date("2021-12-01"), periodEnd: new Date("2021-12-31"), status: latest?.status ?? "ON_TRACK", narrative, authorId: author.id, basedOnVersion: m.version },
      select: { id: true },
    });
    await db.progressReport.update({ where: { id: draft.id }, data: { reviewState: "SUBMITTED", submittedAt: new Date() } });
    reports.push({ id: draft.id, code: m.code, narrative });
  }
  expect(reports).toHaveLength(count);
  return reports;
}

async function approve(page: Page, reportId: number) {
  await page.goto(`${p1}/console/review/${reportId}`);
  await page.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(page.getByRole("status").filter({ hasText: "该填报已审核：已通过。" })).toBeVisible();
}

/** Milliseconds until `url` shows `text`, polling every 50 ms for at most 10 s. */
async function delayUntilShown(url: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < 10_000) {
    const response = await fetch(url);
    const body = await response.text();
    if (response.status === 200 && body.includes(text)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.POSITIVE_INFINITY;
}

test("an approval through process 1 shows on process 2 and through nginx within 2 s (10 rounds)", async ({ page }) => {
  test.setTimeout(180_000);
  const reports = await pendingReports(10, "审核");
  await logInAndWait(page, "leader");
  const delays: number[] = [];
  for (const r of reports) {
    const paths = [`${p2}/measures/${r.code}`, `${viaNginx}/measures/${r.code}`];
    // Warm both caches first, so that the old page is what they would keep serving.
    for (const url of paths) {
      for (let i = 0; i < 2; i++) expect((await (await fetch(url)).text()).includes(r.narrative)).toBe(false);
    }
    const before = Date.now();
    await approve(page, r.id);
    const approvedAt = Date.now();
    for (const url of paths) {
      const delay = await delayUntilShown(url, r.narrative, approvedAt);
      delays.push(delay);
      expect(delay, `${url} (${approvedAt - before} ms to approve)`).toBeLessThanOrEqual(2_000);
    }
  }
  console.log(`[cluster] visibility delays (ms): ${delays.join(", ")}`);
});

test("a restarted process serves the new value at once", async ({ page }) => {
  const [r] = await pendingReports(1, "重启");
  const url = `${p2}/measures/${r.code}`;
  expect(await (await fetch(url)).text()).not.toContain(r.narrative); // cached before the approval
  await logInAndWait(page, "leader");
  await approve(page, r.id);
  await stopChild(second!);
  await startSecond();
  const first = await fetch(url);
  expect(first.status).toBe(200);
  expect(await first.text()).toContain(r.narrative);
});

test("a session made on process 1 works on process 2", async ({ page }) => {
  await logInAndWait(page, "jiaoyu");
  await page.goto(`${p2}/console`);
  await expect(page).toHaveURL(`${p2}/console`);
  await expect(page.getByRole("heading", { level: 1, name: "我的任务" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出" })).toBeVisible();
});

test("with Redis stopped, pages answer and approving works; with Redis back, pages are right", async ({ page }) => {
  test.setTimeout(120_000);
  const [during, after] = await pendingReports(2, "停缓存");
  await logInAndWait(page, "leader");
  await stopRedisAt(redisPort);
  try {
    for (const base of [p1, p2, viaNginx]) {
      for (const p of ["/", "/strategies/A", `/measures/${during.code}`]) expect((await fetch(`${base}${p}`)).status, `${base}${p}`).toBe(200);
    }
    await approve(page, during.id);
    expect(await delayUntilShown(`${p2}/measures/${during.code}`, during.narrative, Date.now())).toBeLessThanOrEqual(2_000);
  } finally {
    await startRedisAt(redisPort);
  }
  for (const base of [p1, p2, viaNginx]) expect(await delayUntilShown(`${base}/measures/${during.code}`, during.narrative, Date.now())).toBeLessThanOrEqual(2_000);
  await approve(page, after.id);
  const approvedAt = Date.now();
  for (const base of [p2, viaNginx]) expect(await delayUntilShown(`${base}/measures/${after.code}`, after.narrative, approvedAt)).toBeLessThanOrEqual(2_000);
});
