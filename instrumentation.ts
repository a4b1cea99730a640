// Runs once when each Next.js server process starts (Next.js looks for this file at the root).
// A production process without its secret or public address refuses to start, with a clear
// message, rather than sign sessions with nothing or redirect to 0.0.0.0.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseUnsafeProductionStart } = await import("./lib/server/runtime-env");
  refuseUnsafeProductionStart();
}
