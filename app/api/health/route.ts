import { connection } from "next/server";
import { getDb } from "@/lib/db";

/** Liveness and database reachability, for the start-up script and load balancers. */
export async function GET() {
  await connection(); // answered per request, never prerendered
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("[health] database unreachable", error);
    return Response.json({ status: "error" }, { status: 503 });
  }
}
