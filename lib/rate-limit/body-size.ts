// Request bodies: at most 1 MB wherever the proxy runs, refused from the Content-Length before
// Next.js reads the body (a body of unknown length outright). The one large body, an evidence
// file, goes to POST /api/evidence, where the proxy does not run (proxy.ts's matcher): the route
// streams it to disk and counts it itself (lib/evidence/staged-upload.ts).

export const SMALL_BODY_BYTES = 1024 * 1024;

export function bodyRefusal({ method, contentLength, chunked }: { method: string; contentLength: string | null; chunked: boolean }): Response | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  if (contentLength === null && chunked) return plain(411, "请求须带 Content-Length。");
  if (Number(contentLength ?? 0) > SMALL_BODY_BYTES) return plain(413, "请求内容过大（上限 1 MB；证明材料请在填报页上传）。");
  return null;
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
