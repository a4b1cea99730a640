import { describe, expect, it } from "vitest";
import { GET as getAttachment } from "@/app/api/attachments/[id]/route";
import { GET as getDataset } from "@/app/api/v1/[dataset]/route";
import { GET as getTemplate } from "@/app/api/import-templates/[kind]/route";
import { signInAs } from "./session";

// Issue 12, item 15: bad input in the address is a 4xx, never a server error. (Malformed escapes
// such as "%FF" in the path itself are refused before Next.js: lib/validation/request-line.ts.)
const request = new Request("http://localhost/");
const params = <T extends string>(key: T, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<T, string>) });

describe("route handlers answer bad ids and names with 404", () => {
  it.each(["99999999999999999999", "2147483648", "9007199254740993", "1e3", "-1", "0", "%FF", "abc", ""])("GET /api/attachments/%s", async (id) => {
    signInAs(null);
    const response = await getAttachment(request, params("id", id));
    expect(response.status).toBe(404);
  });

  it.each(["%FF.json", "%25FF.json", "measures.%FF", "measures.json.json", "__proto__.json", "constructor"])("GET /api/v1/%s", async (dataset) => {
    const response = await getDataset(request, params("dataset", dataset));
    expect(response.status).toBe(404);
  });

  it.each(["%FF", "progress.%FF", "toString.csv"])("GET /api/import-templates/%s", async (kind) => {
    const response = await getTemplate(request, params("kind", kind));
    expect(response.status).toBe(404);
  });
});
