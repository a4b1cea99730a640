// The sign-in attempts a login counts against (RATE_RULES["login-account"] and RATE_RULES.login):
// one address and account name, and the address as a whole. Both are counted on every attempt;
// the answer is the longer wait of the two that refuse.
import { takeRate, type RateVerdict } from "./limit";
import { RATE_RULES } from "./rules";
import { rateStore, type CounterStore } from "./store";

/** The account name as the counter knows it: trimmed, lower case, at most 64 characters. */
export function accountKey(username: unknown): string {
  return (typeof username === "string" ? username : "").trim().toLowerCase().slice(0, 64);
}

export async function takeLoginRate(address: string, username: unknown, store: CounterStore = rateStore()): Promise<RateVerdict> {
  const verdicts = await Promise.all([
    takeRate(RATE_RULES["login-account"], `${address}|${accountKey(username)}`, store),
    takeRate(RATE_RULES.login, address, store),
  ]);
  const refused = verdicts.filter((v) => !v.allowed);
  if (refused.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((v) => (v.allowed ? 0 : v.retryAfterSeconds))) };
}
