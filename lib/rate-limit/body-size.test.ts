import { describe, expect, it } from "vitest";
import { bodyRefusal, SMALL_BODY_BYTES } from "./body-size";

const post = (pathname: string, contentLength: string | null, chunked = false) => bodyRefusal({ method: "POST", pathname, contentLength, chunked });

describe("bodyRefusal", () => {
  it("refuses a body over 1 MB anywhere but the evidence upload (the login action first)", () => {
    expect(post("/login", String(100 * 1024 * 1024))?.status).toBe(413);
    expect(post("/", String(SMALL_BODY_BYTES + 1))?.status).toBe(413);
    expect(post("/console/inbox", String(SMALL_BODY_BYTES + 1))?.status).toBe(413);
    expect(post("/console/measures/12", String(50 * 1024 * 1024))).toBeNull();
  });
  it("refuses a body of unknown length outside the upload", () => {
    expect(post("/login", null, true)?.status).toBe(411);
  });
  it("lets small bodies and reads through", () => {
    expect(post("/login", "300")).toBeNull();
    expect(bodyRefusal({ method: "GET", pathname: "/", contentLength: null, chunked: false })).toBeNull();
  });
});
