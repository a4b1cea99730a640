import { describe, expect, it } from "vitest";
import { addressDelayMs, AFTER_SUCCESS, afterFailure, IP_FAILURE_LIMIT, isLocked, lockoutMinutes, MAX_FAILED_LOGINS } from "./lockout";

const now = new Date("2026-11-29T02:00:00Z");
const fresh = { failedLogins: 0, lockouts: 0, lockedUntil: null };

describe("lockoutMinutes", () => {
  it.each([[1, 10], [2, 20], [3, 40], [4, 80], [8, 1280], [9, 1440], [30, 1440]])("lockout %i lasts %i minutes", (n, minutes) => {
    expect(lockoutMinutes(n)).toBe(minutes);
  });
  it.each([0, -1, 1.5, Number.NaN])("rejects %s", (n) => expect(() => lockoutMinutes(n)).toThrow(RangeError));
});

describe("afterFailure", () => {
  it("counts failures without locking up to the fourth", () => {
    let c = fresh as ReturnType<typeof afterFailure>;
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      c = afterFailure(c, now);
      expect(c).toEqual({ failedLogins: i, lockouts: 0, lockedUntil: null });
      expect(isLocked(c, now)).toBe(false);
    }
  });
  it("locks for 10 minutes on the fifth failure, then 20 on the next round", () => {
    const first = afterFailure({ failedLogins: 4, lockouts: 0, lockedUntil: null }, now);
    expect(first).toEqual({ failedLogins: 0, lockouts: 1, lockedUntil: new Date("2026-11-29T02:10:00Z") });
    expect(isLocked(first, now)).toBe(true);
    expect(isLocked(first, new Date("2026-11-29T02:10:00Z"))).toBe(false);
    const second = afterFailure({ ...first, failedLogins: 4 }, new Date("2026-11-29T03:00:00Z"));
    expect(second.lockedUntil).toEqual(new Date("2026-11-29T03:20:00Z"));
  });
  it("a success clears everything", () => {
    expect(AFTER_SUCCESS).toEqual(fresh);
    expect(isLocked(AFTER_SUCCESS, now)).toBe(false);
  });
});

describe("addressDelayMs", () => {
  it("adds nothing below the limit, then 250 ms per failure, at most 5 s", () => {
    expect(addressDelayMs(0)).toBe(0);
    expect(addressDelayMs(IP_FAILURE_LIMIT - 1)).toBe(0);
    expect(addressDelayMs(IP_FAILURE_LIMIT)).toBe(250);
    expect(addressDelayMs(IP_FAILURE_LIMIT + 3)).toBe(1_000);
    expect(addressDelayMs(10_000)).toBe(5_000);
  });
});
