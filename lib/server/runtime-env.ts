// What a production app process needs before it serves: checked by instrumentation.ts in every
// `next start` process, and by `npm start` / `npm run cluster` before they spawn one.

type Env = Record<string, string | undefined>;

/**
 * The problems that forbid a production start, in Chinese, or [] when there are none. The
 * embedded database (LIUSHI_EMBEDDED=1, set by `npm start` without DATABASE_URL) generates its
 * own secret and serves on localhost; anything else must name its secret and its public address.
 */
export function productionEnvProblems(env: Env): string[] {
  if (env.NODE_ENV !== "production" || env.LIUSHI_EMBEDDED === "1") return [];
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push("未设置 DATABASE_URL（PostgreSQL 连接地址）。");
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    problems.push("未设置 AUTH_SECRET 或长度不足 32 个字符（会话签名密钥，可用 openssl rand -base64 32 生成；所有进程须相同）。");
  }
  if (!env.AUTH_URL) problems.push("未设置 AUTH_URL（站点对外地址，例如 https://ghjc.liushi.gov.cn）。");
  else if (!isHttpUrl(env.AUTH_URL)) problems.push(`AUTH_URL 不是有效的 http(s) 地址：${env.AUTH_URL}`);
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** For instrumentation.ts: ends the process, with the problems in the log, when it may not serve. */
export function refuseUnsafeProductionStart(env: Env = process.env): void {
  const problems = productionEnvProblems(env);
  if (problems.length === 0) return;
  console.error(`[柳市] 无法以生产模式启动：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
