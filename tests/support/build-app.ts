// `npm run build` for the e2e and bench runners: the build reads no database, so one build
// serves the PostgreSQL and the embedded runs alike.
import { spawn } from "node:child_process";

export async function buildApp(): Promise<void> {
  const child = spawn("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`npm run build exited with ${code}`);
}
