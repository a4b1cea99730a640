// The environment of an app process under test: what a production process gets, with a
// test-only secret. Shared by the e2e runner and the cluster specs (which start more processes).
export const E2E_AUTH_SECRET = "e2e-only-secret-not-for-production-0123456789";

export function appEnv({ databaseUrl, embedded, redisUrl, port }: { databaseUrl: string; embedded: boolean; redisUrl?: string; port: number | string }): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    LIUSHI_DEMO: "1",
    AUTH_SECRET: E2E_AUTH_SECRET,
    AUTH_URL: `http://127.0.0.1:${port}`,
    TRUSTED_PROXIES: "127.0.0.1,::1",
    ...(redisUrl && { REDIS_URL: redisUrl }),
    // The embedded PGlite serves one connection at a time.
    ...(embedded && { DATABASE_POOL_SIZE: "1", LIUSHI_EMBEDDED: "1" }),
  };
}
