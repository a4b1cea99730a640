import type { AuditQuery } from "@/lib/dal/admin";
import { parsePositiveInt } from "@/lib/validation/route-params";

// The audit log's filters from an address: the page and its exports read the same parameters.

type Search = Record<string, string | string[] | undefined> | URLSearchParams;
const get = (sp: Search, key: string) => (sp instanceof URLSearchParams ? sp.get(key) ?? undefined : sp[key]);
const one = (v: string | string[] | null | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 64) : undefined);
const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

export function auditQueryOf(sp: Search): AuditQuery {
  // A page past the integer range would make the query fail: the first page instead.
  const page = parsePositiveInt(one(get(sp, "page"))) ?? 1;
  return {
    actor: one(get(sp, "actor")),
    action: one(get(sp, "action")),
    objectType: one(get(sp, "objectType")),
    from: day(one(get(sp, "from"))),
    to: day(one(get(sp, "to"))),
    page,
  };
}

/** The query as address parameters (empty ones left out), e.g. for the export links. */
export function auditSearch(q: AuditQuery, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...q, ...extra }).filter(([k, v]) => v !== undefined && v !== "" && !(k === "page" && v === 1));
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}
