// Issue 12, item 15: methods the app does not answer (TRACE, TRACK, CONNECT, WebDAV's PROPFIND…)
// are refused by nginx (deploy/nginx/liushi-locations.inc) with 405 and an Allow header, whatever
// the address; `next start` alone cannot see TRACE before Next.js fails on it (the proxy's
// Request refuses to be built with that method). Raw request lines over a socket: HTTP clients
// will not send some of these methods.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/server/embedded-db";
import { stopChild, waitForOk } from "@/lib/server/next-process";
import { nginxBinary, startNginx } from "@/lib/server/nginx";

const app = new URL(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`);
let nginx: ChildProcess | null = null;
let nginxDir = "";
let nginxPort = 0;

test.beforeAll(async () => {
  expect(nginxBinary(), "nginx 未安装（apt-get install -y nginx）").not.toBeNull();
  nginxPort = await freePort();
  nginxDir = mkdtempSync(path.join(os.tmpdir(), "liushi-e2e-nginx-"));
  nginx = startNginx({ dir: nginxDir, listen: nginxPort, upstreams: [app.host], workers: 1 });
  await waitForOk(`http://127.0.0.1:${nginxPort}/api/health`, { child: nginx });
});

test.afterAll(async () => {
  if (nginx) await stopChild(nginx, 5_000);
  if (nginxDir) rmSync(nginxDir, { recursive: true, force: true });
});

/** The status and headers nginx answers to one raw request. */
function rawRequest(port: number, requestLine: string): Promise<{ status: number; headers: Map<string, string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => (text += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head] = text.split("\r\n\r\n");
      const [statusLine, ...lines] = head.split("\r\n");
      const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers });
    });
  });
}

for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "DEBUG"]) {
  for (const address of ["/", "/measures", "/strategies/A", "/api/health", "/console"]) {
    test(`${method} ${address} through nginx is 405 with Allow`, async () => {
      const { status, headers } = await rawRequest(nginxPort, `${method} ${address} HTTP/1.1`);
      expect(status).toBe(405);
      expect(headers.get("allow")).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    });
  }
}

test("GET, HEAD and POST still pass", async () => {
  expect((await rawRequest(nginxPort, "GET /strategies/A HTTP/1.1")).status).toBe(200);
  expect((await rawRequest(nginxPort, "HEAD /api/health HTTP/1.1")).status).toBe(200);
  // A POST with no body to a page: Next.js answers it (the page), not nginx.
  expect((await rawRequest(nginxPort, "POST / HTTP/1.1")).status).toBe(200);
});
