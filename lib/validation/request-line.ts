import { decodeParam } from "./route-params";

// Requests that Next.js 16 answers with a 500 before any page or route handler of ours runs:
// a path segment that is not valid percent-encoded UTF-8 ("/measures/%FF": its router throws
// a DecodeError, then fails to render its 400 page), and methods that Node's fetch Request
// refuses to construct ("TRACE", "TRACK", "CONNECT"). The proxy asks this first for every path
// with a "%" in it (its matcher) and for the paths it runs on anyway. Pure.

/** What the app answers to at all; anything else is 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RequestLineRefusal = { status: 400 | 405; headers: Record<string, string>; body: string };

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
const html = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };

// A whole page, not Next.js's: the address cannot be routed, so no layout of ours can render it.
const BAD_ADDRESS_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>请求地址格式有误</title></head>
<body style="font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; text-align: center; color: #1c1917">
<main><h1>请求地址格式有误</h1><p>地址中含有无法识别的字符（错误的百分号编码），请检查链接是否完整、正确。</p>
<p lang="en">Bad request: the address is not valid.</p><p><a href="/">返回首页</a></p></main>
</body></html>
`;

/** A 400 or 405 for a request line Next.js cannot handle, or null to pass the request on. */
export function refuseRequestLine(method: string | undefined, url: string | undefined): RequestLineRefusal | null {
  if (!method || !(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase())) {
    return { status: 405, headers: { ...plain, Allow: ALLOWED_METHODS.join(", ") }, body: "不支持该请求方法。" };
  }
  const path = (url ?? "/").split(/[?#]/, 1)[0];
  if (path.split("/").some((segment) => decodeParam(segment) === null)) {
    return { status: 400, headers: html, body: BAD_ADDRESS_PAGE };
  }
  return null;
}
