// Before and after of an audit entry as a readable list of changes, with names instead of ids.
// Pure: the names come in as `Names` (looked up by lib/dal/audit.ts for the entries shown).

import { REVIEW_LABEL, ROLE_LABEL } from "@/lib/labels";
import { STATUS_LABEL_ZH } from "@/lib/domain";
import { FIELD_LABEL } from "./labels";

export type NameKind = "department" | "strategy" | "user" | "measure" | "indicator" | "milestone";
export type Names = Partial<Record<NameKind, Map<string, string>>>;

/** Which fields hold ids of what: their values are shown as names. */
export const ID_FIELDS: Record<string, NameKind> = {
  departmentIds: "department", departments: "department", leadDepartmentId: "department", strategyIds: "strategy",
  measureId: "measure", values: "indicator", milestones: "milestone", userId: "user", reviewerId: "user",
};

export type Change = { field: string; label: string; before: string | null; after: string | null };

const ENUMS: Record<string, Record<string, string>> = {
  reviewState: REVIEW_LABEL, role: ROLE_LABEL, status: STATUS_LABEL_ZH,
  reportingCycle: { MONTHLY: "每月", QUARTERLY: "每季度" }, comparison: { GTE: "≥", GT: ">", EQ: "=", LTE: "≤" },
  // Why a login failed (lib/auth/authenticate.ts).
  reason: { unknown_account: "账号不存在", disabled: "账号已停用", locked: "账号已锁定", wrong_password: "密码错误", ip_limited: "该地址失败次数过多", demo_password: "使用了公开的演示密码" },
};

const named = (names: Names, kind: NameKind | undefined, id: unknown) => (kind && names[kind]?.get(String(id))) ?? String(id);

/** One recorded value in words. */
export function describeValue(field: string, value: unknown, names: Names = {}): string {
  if (value === null || value === undefined) return "—";
  const kind = ID_FIELDS[field];
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string" || typeof value === "number") return ENUMS[field]?.[String(value)] ?? (kind ? named(names, kind, value) : String(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return "（无）";
    return value.map((v) => (typeof v === "object" && v !== null ? describeObject(v as Record<string, unknown>, names) : kind ? named(names, kind, v) : describeValue(field, v, names))).join("、");
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "（无）";
  // A record keyed by ids (values: indicatorId → value): the key is the name.
  if (kind) return entries.map(([k, v]) => `${named(names, kind, k)}：${describeValue("", v, names)}`).join("；");
  return describeObject(value as Record<string, unknown>, names);
}

function describeObject(value: Record<string, unknown>, names: Names): string {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${FIELD_LABEL[k] ?? k}：${describeValue(k, v, names)}`)
    .join("，");
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : v === null || v === undefined ? {} : { value: v });

/** The fields that differ between before and after (all of after for a creation), in after's order. */
export function auditChanges(before: unknown, after: unknown, names: Names = {}): Change[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== undefined || b[f] !== undefined);
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({
      field: f,
      label: FIELD_LABEL[f] ?? f,
      before: f in b && b[f] !== undefined ? describeValue(f, b[f], names) : null,
      after: f in a && a[f] !== undefined ? describeValue(f, a[f], names) : null,
    }));
}

/** The ids an entry's fields refer to, by kind: what lib/dal/audit.ts looks up. */
export function referencedIds(entries: unknown[]): Record<NameKind, Set<string>> {
  const out: Record<NameKind, Set<string>> = { department: new Set(), strategy: new Set(), user: new Set(), measure: new Set(), indicator: new Set(), milestone: new Set() };
  for (const entry of entries) {
    for (const [field, value] of Object.entries(asRecord(entry))) {
      const kind = ID_FIELDS[field];
      if (!kind || value === null || value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) (typeof v === "string" || typeof v === "number") && out[kind].add(String(v));
      else if (typeof value === "object") for (const k of Object.keys(value)) out[kind].add(k);
      else out[kind].add(String(value));
    }
  }
  return out;
}
