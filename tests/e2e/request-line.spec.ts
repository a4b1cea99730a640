import { request as http } from "node:http";
import { expect, test } from "@playwright/test";

// Issue 12, item 15, against the bare `next start` (no nginx in front): a path that is not valid
// percent-encoded UTF-8 answered 500 on the public pages, which the proxy did not see.
// Playwright's request client normalises addresses, so the raw request line is sent with node:http.

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function raw(baseURL: string, method: string, path: string): Promise<Raw> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http({ hostname, port, method, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("a malformed escape in the address", () => {
  const paths = ["/measures/%FF", "/strategies/%FF", "/en/measures/%FF", "/en/strategies/%FF", "/zh-CN/measures/%FF", "/zh-CN/strategies/%FF", "/%FF", "/strategies/A/%E5%BB"];
  for (const path of paths) {
    test(`GET ${path} is a 400 with a Chinese page, no cookie`, async ({ baseURL }) => {
      let response = await raw(baseURL!, "GET", path);
      // /zh-CN/… is first redirected to its address without the prefix (next.config.ts).
      if (response.status === 308) response = await raw(baseURL!, "GET", String(response.headers.location));
      expect(response.status).toBe(400);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("请求地址格式有误");
      expect(response.headers["set-cookie"]).toBeUndefined();
    });
  }

  test("a valid escape still reaches the page, and cached public pages keep their Cache-Control and set no cookie", async ({ baseURL }) => {
    const escaped = await raw(baseURL!, "GET", "/strategies/%41");
    expect(escaped.status).toBe(200);
    expect(escaped.body).toContain("重点任务");
    for (const path of ["/", "/strategies/A", "/en/strategies/B", "/strategies/%41"]) {
      await raw(baseURL!, "GET", path);
      const again = await raw(baseURL!, "GET", path);
      expect(again.status, path).toBe(200);
      expect(again.headers["cache-control"], path).toMatch(/s-maxage=\d+/);
      expect(again.headers["set-cookie"], path).toBeUndefined();
    }
  });
});
