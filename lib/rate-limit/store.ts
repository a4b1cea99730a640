// Fixed-window counters for the rate limits. With REDIS_URL every app process counts in Redis
// (one INCR and a PEXPIRE per request); without it (one process, the embedded default) in this
// process's memory. A Redis outage lets requests through rather than refusing everyone.
import { createClient } from "redis";

export type Hit = { count: number; resetInMs: number };
export type CounterStore = { hit: (key: string, windowMs: number) => Promise<Hit | null> };

export function memoryStore(now = () => Date.now()): CounterStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async hit(key, windowMs) {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return { count: w.count, resetInMs: w.resetAt - t };
    },
  };
}

export function redisStore(url: string): CounterStore {
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 500, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) } });
  client.on("error", () => undefined); // reconnects by itself; hits meanwhile are let through
  const connecting = client.connect().catch(() => undefined);
  return {
    async hit(key, windowMs) {
      await connecting;
      if (!client.isReady) return null;
      try {
        const name = `liushi:rate:${key}`;
        const replies = await client.multi().incr(name).pExpire(name, windowMs, "NX").pTTL(name).exec();
        const count = Number(replies[0]);
        const ttl = Number(replies[2]);
        return { count, resetInMs: ttl > 0 ? ttl : windowMs };
      } catch {
        return null;
      }
    },
  };
}

const shared = globalThis as unknown as { liushiRateStore?: CounterStore };

export function rateStore(): CounterStore {
  shared.liushiRateStore ??= process.env.REDIS_URL ? redisStore(process.env.REDIS_URL) : memoryStore();
  return shared.liushiRateStore;
}
