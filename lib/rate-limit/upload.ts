// The evidence uploads an officer's account counts against (RATE_RULES.upload), per user.
import { takeRate, type RateVerdict } from "./limit";
import { RATE_RULES } from "./rules";
import { rateStore, type CounterStore } from "./store";

export function takeUploadRate(userId: number, store: CounterStore = rateStore()): Promise<RateVerdict> {
  return takeRate(RATE_RULES.upload, `user:${userId}`, store);
}
