import type { RateRule } from "./rules";
import { rateStore, type CounterStore } from "./store";

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one request of `client` under `rule`; over the limit until the window ends. */
export async function takeRate(rule: RateRule, client: string, store: CounterStore = rateStore()): Promise<RateVerdict> {
  const hit = await store.hit(`${rule.name}:${client}`, rule.windowSeconds * 1000);
  if (!hit || hit.count <= rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(hit.resetInMs / 1000) };
}
