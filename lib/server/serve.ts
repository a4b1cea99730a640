// The production HTTP server: Next.js (the build in NEXT_DIST_DIR or .next) behind the response
// cache of lib/server/response-cache.ts. `npm start`, the e2e runner and the benchmark all run
// this, so what is tested and measured is what is served.
//   tsx lib/server/serve.ts --port 3000 --hostname 0.0.0.0
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { encodingOf, getCached, putCached, requestKey, storable } from "./response-cache";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Collects what Next.js writes, and keeps it when the finished response may be kept. */
function keepWhenDone(key: string, res: ServerResponse) {
  const chunks: Buffer[] = [];
  let headHeaders: OutgoingHttpHeaders = {};
  const push = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const { write, end, writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a));
    if (headers) headHeaders = headers as OutgoingHttpHeaders;
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    push(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).apply(this, [chunk, ...rest]);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    push(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).apply(this, [chunk, ...rest]);
  } as ServerResponse["end"];
  res.once("finish", () => {
    const headers: OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries({ ...res.getHeaders(), ...headHeaders })) headers[k.toLowerCase()] = v;
    if (storable(res.statusCode, headers)) putCached(key, headers, Buffer.concat(chunks));
  });
}

async function main() {
  // Before Next.js and React load: production builds of both (as `next start` does).
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const port = Number(arg("port", process.env.PORT ?? "3000"));
  const hostname = arg("hostname", process.env.HOST ?? "0.0.0.0");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const key = requestKey(req.method, req.url, req.headers);
    if (key) {
      const hit = getCached(key);
      if (hit) {
        res.writeHead(200, { ...hit.headers, "x-liushi-cache": "HIT" });
        res.end(hit.body);
        return;
      }
      // One representation per kept encoding: Next.js compresses with gzip or not at all.
      req.headers["accept-encoding"] = encodingOf(req.headers) === "gzip" ? "gzip" : "identity";
      keepWhenDone(key, res);
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 5_000;
  server.listen(port, hostname, () => console.log(`▲ Ready on http://${hostname}:${port}`));
  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error("[柳市] 服务启动失败：", error);
  process.exit(1);
});
