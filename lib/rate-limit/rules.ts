// Per-client request limits: one visitor flooding the search, the open-data API, sign-in or any
// server action must not stall everyone else. Pure: which rule a request falls under.

export type RateRule = { name: "search" | "open-data" | "login" | "login-account" | "action" | "upload"; limit: number; windowSeconds: number; message: string };

export const RATE_RULES = {
  // Search renders per request (every other public page is cached).
  search: { name: "search", limit: 30, windowSeconds: 10, message: "搜索过于频繁" },
  "open-data": { name: "open-data", limit: 60, windowSeconds: 10, message: "开放数据接口请求过于频繁" },
  // Sign-in attempts, counted by the login action (it says when to try again; lib/rate-limit/login.ts):
  // per address and account name — one person retrying — and per address, high enough for a town
  // hall whose staff share one public address behind NAT at 9:00, low enough to bound spraying
  // passwords over many accounts. Wrong passwords also lock the account (lib/auth/lockout.ts).
  "login-account": { name: "login-account", limit: 10, windowSeconds: 60, message: "登录尝试过于频繁" },
  login: { name: "login", limit: 120, windowSeconds: 60, message: "登录尝试过于频繁" },
  action: { name: "action", limit: 120, windowSeconds: 60, message: "操作过于频繁" },
  // Evidence files, per signed-in officer, counted by POST /api/evidence itself (the proxy does not
  // run there). The form sends each chosen file once, however often the report is refused, so
  // 200 in ten minutes is twenty reports of ten files; it bounds how fast one account can fill the
  // upload disk (at most 4 GB in ten minutes; unclaimed files go after a day), it does not cap it.
  upload: { name: "upload", limit: 200, windowSeconds: 600, message: "上传过于频繁" },
} as const satisfies Record<string, RateRule>;

const SEARCH_PATH = /^\/(?:en\/|zh-CN\/)?measures\/?$/;

/** The rule a request is counted under, or null for requests that are not limited. */
export function ruleFor({ method, pathname, search, isAction }: { method: string; pathname: string; search: string; isAction: boolean }): RateRule | null {
  if (isAction) return RATE_RULES.action; // sign-in has its own, stricter count in the login action
  if (method !== "GET" && method !== "HEAD") return null;
  if (pathname.startsWith("/api/v1/") || pathname === "/api/v1") return RATE_RULES["open-data"];
  if (SEARCH_PATH.test(pathname) && search.length > 1) return RATE_RULES.search;
  return null;
}

/** "搜索过于频繁，请 8 秒后再试。"; past a minute and a half the wait is in minutes. */
export function retryMessage(rule: RateRule, retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return `${rule.message}，请 ${seconds > 90 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`}后再试。`;
}

/** The answer to a request over its limit: 429, when to try again, in Chinese. */
export function tooManyRequests(rule: RateRule, retryAfterSeconds: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new Response(`${retryMessage(rule, seconds)}\nToo many requests; retry after ${seconds} s.\n`, {
    status: 429,
    headers: { "Retry-After": String(seconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
