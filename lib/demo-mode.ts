// Demo mode: the published demo accounts and the generated demo history exist only here.
// `npm start` without DATABASE_URL (the embedded trial database) is a demo unless LIUSHI_DEMO=0;
// with DATABASE_URL (a real deployment) it is not, unless LIUSHI_DEMO=1 asks for it. The start
// script resolves this once and hands the app processes an explicit LIUSHI_DEMO.

/** The password of every demo account. It is published in the README: never valid outside demo mode. */
export const DEMO_PASSWORD = "Liushi@2017demo";

export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.LIUSHI_DEMO?.trim().toLowerCase();
  if (flag === "1" || flag === "true" || flag === "yes") return true;
  if (flag === "0" || flag === "false" || flag === "no") return false;
  return !env.DATABASE_URL;
}
