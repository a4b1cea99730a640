// A redis-server of the tests' own on a free port (never the machine's Redis on 6379, which
// others use): the cluster tests stop and start it to check that pages survive a Redis outage.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { freePort } from "@/lib/server/embedded-db";

export type RedisServer = { port: number; url: string; stop: () => Promise<void>; start: () => Promise<void> };

function command(port: number, line: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("error", () => resolve(null));
    socket.once("close", () => resolve(null));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString());
    });
    socket.once("connect", () => socket.write(`${line}\r\n`));
  });
}

/** Starts redis-server on `port` in the background (it outlives the caller until stopped). */
export async function startRedisAt(port: number): Promise<void> {
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--notify-keyspace-events", "Exe"],
    { stdio: "ignore", detached: true },
  );
  child.unref();
  for (let i = 0; i < 100; i++) {
    if ((await command(port, "PING"))?.startsWith("+PONG")) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

/** Stops whichever redis-server listens on `port` (ours: never the machine's on 6379). */
export async function stopRedisAt(port: number): Promise<void> {
  if (port === 6379) throw new Error("refusing to stop the machine's Redis");
  await command(port, "SHUTDOWN NOSAVE");
  for (let i = 0; i < 100 && (await command(port, "PING")) !== null; i++) await new Promise((r) => setTimeout(r, 50));
}

export async function startRedisServer(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  await startRedisAt(port);
  return { port, url: `redis://127.0.0.1:${port}/0`, start: () => startRedisAt(port), stop: () => stopRedisAt(port) };
}
