import { describe, expect, it } from "vitest";
import { bodyRefusal, SMALL_BODY_BYTES } from "./body-size";

const post = (_pathname: string, contentLength: string | null, chunked = false) => bodyRefusal({ method: "POST", contentLength, chunked });

describe("bodyRefusal", () => {
  // The evidence upload (POST /api/evidence) is outside the proxy: it streams and counts its body.
  it("refuses a body over 1 MB wherever the proxy runs (the login action first, the report form too)", () => {
    expect(post("/login", String(100 * 1024 * 1024))?.status).toBe(413);
    expect(post("/", String(SMALL_BODY_BYTES + 1))?.status).toBe(413);
    expect(post("/console/inbox", String(SMALL_BODY_BYTES + 1))?.status).toBe(413);
    expect(post("/console/measures/12", String(50 * 1024 * 1024))?.status).toBe(413);
  });
  it("refuses a body of unknown length outside the upload", () => {
    expect(post("/login", null, true)?.status).toBe(411);
  });
  it("lets small bodies and reads through", () => {
    expect(post("/login", "300")).toBeNull();
    expect(bodyRefusal({ method: "GET", contentLength: null, chunked: false })).toBeNull();
  });
});
