import { describe, expect, it } from "vitest";
import { refuseRequestLine } from "./request-line";

describe("refuseRequestLine", () => {
  // Issue 12, item 15: each of these answered 500.
  it.each(["/measures/%FF", "/strategies/%FF", "/en/measures/%FF", "/api/v1/%FF.json", "/api/attachments/%FF", "/console/measures/%FF", "/api/attachments/%E5%BB", "/x/%"])(
    "answers 400 to GET %s",
    (url) => expect(refuseRequestLine("GET", url)).toMatchObject({ status: 400 }),
  );

  it.each(["TRACE", "trace", "TRACK", "CONNECT", "PROPFIND", "", undefined])("answers 405 with Allow to the method %j", (method) => {
    const refusal = refuseRequestLine(method, "/api/v1/measures.json");
    expect(refusal).toMatchObject({ status: 405 });
    expect(refusal?.headers.Allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  });

  it.each([
    ["GET", "/"],
    ["GET", "/measures/A1-02"],
    ["GET", "/measures/%25FF"],
    ["GET", "/measures?q=%FF"],
    ["HEAD", "/api/v1/measures.csv"],
    ["POST", "/console/measures/12"],
    ["GET", "/measures/%E5%BB%BA"],
    ["OPTIONS", "/api/v1/measures.json"],
  ])("passes %s %s on", (method, url) => expect(refuseRequestLine(method, url)).toBeNull());
});
