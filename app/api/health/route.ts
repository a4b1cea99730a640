import { connection } from "next/server";
import { checkHealth } from "@/lib/health";

/**
 * For load balancers, nginx and the operators: 200 when the database answers, every migration is
 * applied and the data and upload folders have space left; 503 (with what is wrong) otherwise.
 */
export async function GET() {
  await connection(); // answered per request, never prerendered
  const health = await checkHealth();
  return Response.json({ status: health.ok ? "ok" : "error", ...health }, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
