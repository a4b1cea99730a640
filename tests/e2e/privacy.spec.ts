import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoAccounts } from "../../prisma/seed/demo-accounts";

// Everything a visitor's browser receives — the HTML, the RSC payload of a client navigation and
// the open data — is scanned for personal data and for what only reviewers see.
const PATTERNS: [string, RegExp][] = [
  ["mobile phone number", /(?<!\d)1[3-9]\d{9}(?!\d)/],
  ["landline number", /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/],
  ["ID card number", /(?<![\dA-Za-z])\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/],
  ["e-mail address", /[\w.+-]+@[\w-]+\.[\w.-]+/],
  ["reviewer name or demo account name", /填报员（演示）|分管领导（演示）|系统管理员（演示）/],
];
// Demo account names, as whole words (department codes such as "wenhua" could occur inside
// other words, so only exact tokens count).
const ACCOUNT_NAMES = demoAccounts.map((a) => a.username);

async function fetchAll(request: APIRequestContext, paths: string[]) {
  const bodies: [string, string][] = [];
  for (const path of paths) {
    const html = await request.get(path);
    expect(html.status(), path).toBe(200);
    bodies.push([path, await html.text()]);
    if (!path.startsWith("/api/")) {
      const rsc = await request.get(path, { headers: { RSC: "1" } });
      bodies.push([`${path} (RSC)`, await rsc.text()]);
    }
  }
  return bodies;
}

test("public pages, their RSC payloads and the open data carry no personal data or review internals", async ({ request }) => {
  // Every public page is rendered on its first visit (the build holds no data): ~200 renders.
  test.setTimeout(240_000);
  const measures = (await (await request.get("/api/v1/measures")).json()).data as { code: string }[];
  expect(measures.length).toBeGreaterThan(90);
  const paths = [
    "/", "/strategies/A", "/strategies/B", "/strategies/C", "/measures", "/measures?status=LAGGING", "/data",
    ...measures.map((m) => `/measures/${m.code}`),
    "/api/v1/measures", "/api/v1/indicators", "/api/v1/progress", "/api/v1/progress.csv",
  ];
  const bodies = await fetchAll(request, paths);
  const returned = (await (await request.get("/api/v1/progress")).json()).data as { narrative: string }[];
  const problems: string[] = [];
  for (const [path, body] of bodies) {
    for (const [what, pattern] of PATTERNS) {
      const hit = body.match(pattern);
      if (hit) problems.push(`${path}: ${what} «${hit[0]}»`);
    }
    for (const name of ACCOUNT_NAMES) {
      if (new RegExp(`["'>\\s]${name}["'<\\s]`).test(body)) problems.push(`${path}: account name «${name}»`);
    }
    // Reviewers' comments of the seeded returned reports never reach the public.
    if (/审核意见|reviewComment|退回/.test(body)) problems.push(`${path}: review internals`);
  }
  expect(problems).toEqual([]);
  expect(returned.length).toBeGreaterThan(0);
});
