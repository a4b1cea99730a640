import { getCurrentUser } from "@/lib/auth/current-user";
import { getInboxCount } from "@/lib/dal/inbox";

// GET /api/inbox/count — the header badge's number (one SQL statement). The console layout
// renders it once; layouts are not rendered again on client-side navigation, so the badge asks
// here whenever the page changes.

export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return Response.json({ count: 0 }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json({ count: await getInboxCount(user) }, { headers: { "Cache-Control": "private, no-store" } });
}
