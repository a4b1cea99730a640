import "server-only";
import { getDb } from "@/lib/db";
import { sectionOf } from "@/lib/console-sections";
import { measureScope, reviewScope } from "@/lib/dal/scope";
import type { Role } from "@/generated/prisma/enums.ts";
import { actorSelect, toActor, type Actor } from "./actor";

// Whether a signed-in user may open a console address, for the proxy: under Cache Components a
// page's notFound() streams with status 200 (vercel/next.js#98518), so refusals that must answer
// a real 404 (another role's section, another department's measure, an unknown id or code) are
// known before rendering. The checks reuse the pages' own scopes (lib/dal/scope.ts); every page
// still checks the session, the role and the record itself.

type Token = { uid: number; role: Role; sv: number };

/** Positive 32-bit integer ids only (ids are `int` in the database). */
function idOf(segment: string | undefined): number | null {
  if (!segment || !/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}

function decode(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

async function dashboardTargetExists(parts: string[]): Promise<boolean> {
  const [strategy, area, measure] = parts.map(decode);
  if (parts.length > 3 || [strategy, area, measure].slice(0, parts.length).some((c) => c === null)) return false;
  const [row] = await getDb().$queryRaw<{ ok: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "strategy" s
      JOIN "task_area" ta ON ta."strategyId" = s.id
      LEFT JOIN "measure" m ON m."taskAreaId" = ta.id
      WHERE s."planId" = (SELECT id FROM "plan" WHERE "state" = 'CURRENT')
        AND s.code = ${strategy}
        AND (${area}::text IS NULL OR ta.code = ${area})
        AND (${measure}::text IS NULL OR m.code = ${measure})
    ) AS ok`;
  return row?.ok ?? false;
}

async function recordVisible(actor: Actor, parts: string[]): Promise<boolean> {
  const db = getDb();
  const [section, ...rest] = parts;
  if (section === "measures" && rest.length === 1) {
    const id = idOf(rest[0]);
    return id !== null && (await db.measure.count({ where: { id, ...measureScope(actor) } })) === 1;
  }
  if (section === "review" && rest.length === 1) {
    const id = idOf(rest[0]);
    return id !== null && (await db.progressReport.count({ where: { id, reviewState: { in: ["SUBMITTED", "APPROVED", "RETURNED"] }, measure: reviewScope(actor) } })) === 1;
  }
  if (section === "admin" && rest[0] === "users" && rest.length === 2) {
    const id = idOf(rest[1]);
    return id !== null && (await db.user.count({ where: { id } })) === 1;
  }
  if (section === "dashboard" && rest.length > 0) return dashboardTargetExists(rest);
  return true; // no record in the address
}

/**
 * false: the address must answer 404 for this user. true: let the page render (it may still
 * redirect, e.g. to the login page when the session has ended).
 */
export async function mayOpenConsolePath(pathname: string, token: Token): Promise<boolean> {
  const section = sectionOf(pathname);
  if (!section || !section.roles.includes(token.role)) return false;
  const user = await getDb().user.findUnique({ where: { id: token.uid }, select: { ...actorSelect, isActive: true, sessionVersion: true } });
  if (!user?.isActive || user.sessionVersion !== token.sv) return true; // the page ends the session
  if (user.role !== token.role && !section.roles.includes(user.role)) return false;
  return recordVisible(toActor(user), pathname.split("/").slice(2));
}
