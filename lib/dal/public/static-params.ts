import "server-only";
import { loadSearchPage } from "./pages";

// The public pages are prerendered at build time, one per language and strategy or measure
// (the build reads the database: `npm start` and the test and bench runners build with it).
// Next.js refuses an empty list, so a plan without strategies or measures lists one address
// that answers 404.
const NONE = [{ code: "-" }];

export async function strategyParams(): Promise<{ code: string }[]> {
  const data = await loadSearchPage();
  const codes = data?.plan.strategies.map((s) => ({ code: s.code })) ?? [];
  return codes.length ? codes : NONE;
}

export async function measureParams(): Promise<{ code: string }[]> {
  const data = await loadSearchPage();
  const codes = data?.rows.map((r) => ({ code: r.code })) ?? [];
  return codes.length ? codes : NONE;
}
