// Prisma CLI configuration. Prisma 6.19's early-access JavaScript schema engine runs over a
// driver adapter, so no native engine is downloaded (none can be here; see
// docs/decisions/001-prisma-6-wasm-engine.md). Every workaround that needs lives in this file.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

process.env.CHECKPOINT_DISABLE ??= "1";

// Trap 3: `prisma generate` without a datasource URL tries to download a query engine, and
// setting one here is too late (the CLI reads the environment first). The npm script
// `db:generate` passes a placeholder URL; generate never connects to it.

// Trap 1: the schema engine reads pg_catalog columns of type `name` (oid 19) and `"char"`
// (oid 18), which adapter-pg 6.19 cannot map; report them as text (oid 25).
type Field = { dataTypeID: number };
function reportAsText<T>(result: T): T {
  const fields = (result as { fields?: Field[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return result;
}
for (const proto of [pg.Pool.prototype, pg.Client.prototype] as { query: (...a: unknown[]) => unknown }[]) {
  const query = proto.query;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const out = query.apply(this, args);
    return out instanceof Promise ? out.then(reportAsText) : out;
  };
}

// Trap 2: the engine leaves long timers behind that keep every CLI call alive 10–60 s.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = Object.assign(
  (handler: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => {
    const timer = setTimeoutOriginal(handler, ms, ...rest);
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  },
  setTimeoutOriginal,
) as typeof setTimeout;

// Trap 4: fields, not a connection string, so that the shadow database config
// `{ ...config, database }` really names another database.
function poolConfig(): pg.PoolConfig {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must be set for this prisma command (e.g. postgresql://postgres@127.0.0.1:5432/liushi).");
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    allowExitOnIdle: true, // trap 2: pg's idle timer would keep the CLI alive ~10 s
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// adapter-pg splits migration scripts on ";", which breaks PL/pgSQL function bodies
// (our append-only triggers). Send each script whole: the simple query protocol runs it.
function runScriptsWhole(adapter: Adapter): Adapter {
  const client = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    await client.query(script);
  };
  return adapter;
}

// Trap 5: adapter-pg drops the shadow database while its own pool still holds a
// connection to it; close the pool first, then drop.
class MigrationPg extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }
  override async connect() {
    return runScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.fields, database }).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new MigrationPg(poolConfig()),
});
