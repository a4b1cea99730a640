// The embedded database's socket server with several connections at once (the backup next to the
// app, or two writers): no connection's Parse … Sync exchange is broken into by another's.
// Without guardExtendedProtocol this load failed with `portal "" cannot be run`.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "@/lib/server/embedded-db";
import { guardExtendedProtocol } from "@/lib/server/socket-sequence-guard";

let pglite: PGlite;
let server: PGLiteSocketServer;
let url = "";

beforeAll(async () => {
  pglite = await PGlite.create();
  const port = await freePort();
  server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port, maxConnections: 20 });
  guardExtendedProtocol(server);
  await server.start();
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  await pglite.exec("CREATE TABLE probe (id int PRIMARY KEY, writer int NOT NULL)");
}, 120_000);

afterAll(async () => {
  await server.stop();
  await pglite.close();
});

it("keeps concurrent connections' statements and a snapshot reader apart", async () => {
  const clients = await Promise.all([0, 1, 2, 3].map(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  const writers = clients.slice(0, 3).map(async (client, writer) => {
    for (let i = 0; i < 150; i++) await client.query("INSERT INTO probe (id, writer) VALUES ($1, $2)", [writer * 1000 + i, writer]);
  });
  // What the backup does: one REPEATABLE READ transaction of several statements.
  const reader = (async () => {
    const client = clients[3];
    for (let round = 0; round < 20; round++) {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const first = await client.query("SELECT count(*)::int AS n FROM probe");
      const second = await client.query("SELECT count(*)::int AS n FROM probe WHERE id >= $1", [0]);
      expect(second.rows[0].n).toBe(first.rows[0].n); // one snapshot: no write in between
      await client.query("COMMIT");
    }
  })();
  const results = await Promise.allSettled([...writers, reader]);
  await Promise.all(clients.map((c) => c.end()));
  expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
  expect((await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM probe")).rows[0].n).toBe(450);
}, 120_000);
