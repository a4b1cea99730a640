import { CallbackRouteError, CredentialsSignin } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { loginRefusal, SERVICE_UNAVAILABLE, WRONG_CREDENTIALS } from "./login-refusal";

describe("loginRefusal", () => {
  it("a refused login reads as wrong credentials, whatever was wrong", () => {
    expect(loginRefusal(new CredentialsSignin())).toBe(WRONG_CREDENTIALS);
  });

  it("a database outage during the check says the service is unavailable", () => {
    // What Auth.js throws when authorize() throws, e.g. Prisma's "Can't reach database server".
    const outage = new CallbackRouteError("authorize failed", { cause: new Error("Can't reach database server at 127.0.0.1:5432") });
    expect(loginRefusal(outage)).toBe(SERVICE_UNAVAILABLE);
    expect(SERVICE_UNAVAILABLE).not.toContain("密码错误");
  });

  it("leaves Next.js's redirect after a successful login alone", () => {
    expect(loginRefusal(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/console;307;" }))).toBeNull();
  });
});
