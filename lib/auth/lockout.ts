// Login throttling rules (等保2.0 / ASVS 2.2): pure, so they are tested without a database.

export const MAX_FAILED_LOGINS = 5;
export const BASE_LOCKOUT_MINUTES = 10;
export const MAX_LOCKOUT_MINUTES = 24 * 60;
/**
 * Per client address: past this many failures within the window, every attempt from it is
 * answered more slowly. Valid credentials still sign in: a town office behind one NAT address
 * must not be locked out by one person's typos or by an attacker (accounts lock on their own).
 */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MINUTES = 15;
export const IP_MAX_DELAY_MS = 5_000;

/** How long to hold an answer to an address with this many recent failures: 0, then 250 ms more per failure, at most 5 s. */
export function addressDelayMs(recentFailures: number): number {
  if (recentFailures < IP_FAILURE_LIMIT) return 0;
  return Math.min(IP_MAX_DELAY_MS, 250 * (recentFailures - IP_FAILURE_LIMIT + 1));
}

/** The n-th lockout in a row (n ≥ 1) lasts 10, 20, 40 … minutes, at most a day. */
export function lockoutMinutes(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError("lockout number must be a positive integer");
  return Math.min(BASE_LOCKOUT_MINUTES * 2 ** (n - 1), MAX_LOCKOUT_MINUTES);
}

export type LoginCounters = { failedLogins: number; lockouts: number; lockedUntil: Date | null };

export function isLocked(counters: Pick<LoginCounters, "lockedUntil">, now: Date): boolean {
  return counters.lockedUntil !== null && counters.lockedUntil > now;
}

/** The counters after a failed attempt: the fifth failure in a row locks the account. */
export function afterFailure(counters: LoginCounters, now: Date): LoginCounters {
  const failedLogins = counters.failedLogins + 1;
  if (failedLogins < MAX_FAILED_LOGINS) return { ...counters, failedLogins };
  const lockouts = counters.lockouts + 1;
  return { failedLogins: 0, lockouts, lockedUntil: new Date(now.getTime() + lockoutMinutes(lockouts) * 60_000) };
}

export const AFTER_SUCCESS: LoginCounters = { failedLogins: 0, lockouts: 0, lockedUntil: null };
