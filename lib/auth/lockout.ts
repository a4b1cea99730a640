// Login throttling rules (等保2.0 / ASVS 2.2): pure, so they are tested without a database.

export const MAX_FAILED_LOGINS = 5;
export const BASE_LOCKOUT_MINUTES = 10;
export const MAX_LOCKOUT_MINUTES = 24 * 60;
/** Per client address: this many failures within the window block further attempts from it. */
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MINUTES = 15;

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
