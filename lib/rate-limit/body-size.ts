// Request bodies: only the evidence upload (a report form, posted to its measure's console page)
// may be large. Next.js has one body limit for every server action (next.config.ts: 101 MB for
// 10 files of 20 MB), so the proxy refuses a larger-than-1-MB body anywhere else from its
// Content-Length before Next.js reads it, and a body of unknown length outright.

export const SMALL_BODY_BYTES = 1024 * 1024;
const UPLOAD_PATH = /^\/console\/measures\/\d+$/;

export function bodyRefusal({ method, pathname, contentLength, chunked }: { method: string; pathname: string; contentLength: string | null; chunked: boolean }): Response | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  if (UPLOAD_PATH.test(pathname)) return null;
  if (contentLength === null && chunked) return plain(411, "请求须带 Content-Length。");
  if (Number(contentLength ?? 0) > SMALL_BODY_BYTES) return plain(413, "请求内容过大（上限 1 MB；证明材料请在填报页上传）。");
  return null;
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
