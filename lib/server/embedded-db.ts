// The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) in a data
// folder, served over TCP on loopback so that Prisma, pg and the Prisma CLI talk to it as to
// any PostgreSQL. One process and one connection underneath: for a demo, a trial or a small
// office; production points DATABASE_URL at PostgreSQL. See docs/decisions/002-pglite-embedded-default.md.
import { createServer } from "node:net";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { guardExtendedProtocol } from "./socket-sequence-guard";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Opens (or creates) PGlite in `dataDir` — in memory when null — and serves it on 127.0.0.1. */
export async function startEmbeddedDb({ dataDir, port }: { dataDir: string | null; port?: number }): Promise<EmbeddedDb> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: listenPort, maxConnections: 20 });
  // A second connection (a backup beside the app) must not run between another's Parse and Sync.
  guardExtendedProtocol(server);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}
