import "server-only";
import { headers } from "next/headers";
import { refresh, updateTag } from "next/cache";
import type { z } from "zod";
import "@/lib/validation/zod-locale";
import type { Role } from "@/generated/prisma/enums.ts";
import { getCurrentUser, type Actor } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/prisma-client";
import { formInput, type PlainInput } from "./form-input";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What every action returns to its form (useActionState) or caller. */
export type ActionState<D = unknown> =
  | { ok: true; message: string; id?: number; data?: D }
  | { ok: false; message: string; fieldErrors?: FieldErrors; code: RefusalCode; submitted?: Record<string, string> };

export type RefusalCode = "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "failed";

/** An expected refusal inside `run`: rolls the transaction back and is shown to the user. */
export class ActionRefusal extends Error {
  constructor(
    message: string,
    readonly code: RefusalCode = "invalid",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export type ActionOutcome<D = unknown> =
  | {
      message: string;
      /** What the audit log records of the change. */
      audit: { objectType: string; objectId: string | number; before?: unknown; after?: unknown };
      /** Cache tags of public data the change touches. */
      tags?: string[];
      id?: number;
      /** What the caller shows beside the message (e.g. an import's per-row results). */
      data?: D;
      readOnly?: undefined;
    }
  | {
      /**
       * A check that changes nothing (an import's dry run): its transaction is always rolled
       * back, so even a stray write is undone, and there is nothing to audit.
       */
      readOnly: true;
      message: string;
      data?: D;
    };

type Definition<S extends z.ZodType, D> = {
  /** Audit log action name, e.g. "progress_report.submit". */
  name: string;
  roles: readonly Role[];
  schema: S;
  /** Only the password change itself may run before a required password change. */
  allowBeforePasswordChange?: boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome<D>>;
};

export type ActionContext<I> = {
  tx: Tx;
  actor: Actor;
  input: I;
  /** Undo work outside the database (e.g. stored files) if the transaction rolls back. */
  onRollback: (undo: () => Promise<void>) => void;
  /** Work outside the database once the transaction has committed (e.g. an e-mail); never awaited. */
  afterCommit: (work: () => Promise<void>) => void;
};

// Under load, waiting for a pooled connection is normal; a write itself never takes long.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

const MESSAGES = {
  unauthenticated: "登录已失效，请重新登录后再试。",
  forbidden: "您的账号无权执行此操作。",
  passwordChange: "请先修改初始密码，再进行其他操作。",
  invalid: "填写内容有误，请按提示修改后再提交。",
  failed: "系统暂时无法保存，请稍后重试；如问题持续，请联系系统管理员。",
} as const;

/**
 * The one wrapper every server action goes through: session → role → zod → transaction
 * (the action's own scoped queries run inside) → audit log → cache invalidation.
 * A refusal at any step writes nothing.
 */
export function defineAction<S extends z.ZodType, D = unknown>(def: Definition<S, D>) {
  return async function serverAction(_prev: ActionState<D> | null, data: FormData | PlainInput): Promise<ActionState<D>> {
    const actor = await getCurrentUser();
    if (!actor) return { ok: false, code: "unauthenticated", message: MESSAGES.unauthenticated };
    if (!def.roles.includes(actor.role)) return { ok: false, code: "forbidden", message: MESSAGES.forbidden };
    if (actor.mustChangePassword && !def.allowBeforePasswordChange) {
      return { ok: false, code: "forbidden", message: MESSAGES.passwordChange };
    }

    const parsed = def.schema.safeParse(formInput(data));
    // React resets a form after its action: what was typed goes back so it can be corrected.
    const submitted = typedValues(data);
    if (!parsed.success) {
      return { ok: false, code: "invalid", message: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error), submitted };
    }
    const ip = await requestIp();
    let outcome: ActionOutcome<D>;
    const undo: (() => Promise<void>)[] = [];
    const later: (() => Promise<void>)[] = [];
    try {
      outcome = await getDb().$transaction(async (tx) => {
        const result = await def.run({ tx, actor, input: parsed.data, onRollback: (fn) => undo.push(fn), afterCommit: (fn) => later.push(fn) });
        if (result.readOnly) throw new ReadOnlyRollback(result);
        const { objectType, objectId, before, after } = result.audit;
        await tx.auditLog.create({
          data: {
            actorId: actor.id,
            actorName: actor.username,
            action: def.name,
            objectType,
            objectId: String(objectId),
            before: toJson(before),
            after: toJson(after),
            ip,
          },
        });
        return result;
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      await Promise.all(undo.map((fn) => fn().catch((e) => console.error(`[action ${def.name}] undo failed`, e))));
      if (error instanceof ReadOnlyRollback) return withData({ ok: true, message: error.outcome.message }, error.outcome.data as D | undefined);
      if (error instanceof ActionRefusal) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, submitted };
      }
      console.error(`[action ${def.name}] failed for user ${actor.id}`, error);
      return { ok: false, code: "failed", message: MESSAGES.failed };
    }
    if (outcome.readOnly) throw new Error("unreachable: a read-only run always rolls back");
    for (const work of later) void work().catch((e) => console.error(`[action ${def.name}] after-commit work failed`, e));
    for (const tag of outcome.tags ?? []) updateTag(tag);
    refresh(); // the page that posted re-renders with the new version and history
    return withData({ ok: true, message: outcome.message, id: outcome.id }, outcome.data);
  };
}

function withData<D>(state: { ok: true; message: string; id?: number }, data: D | undefined): ActionState<D> {
  return data === undefined ? state : { ...state, data };
}

/** Carries a read-only run's outcome out of its transaction, which it rolls back. */
class ReadOnlyRollback<D> extends Error {
  constructor(readonly outcome: { message: string; data?: D }) {
    super("read-only action: rolled back");
  }
}

/** What the user typed, sent back with a refusal to refill the form; never a password. */
function typedValues(data: FormData | PlainInput): Record<string, string> | undefined {
  if (!(data instanceof FormData)) return undefined;
  const entries = [...data.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && !/password/i.test(k) && typeof v === "string");
  return Object.fromEntries(entries) as Record<string, string>;
}

async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}

// Decimal, Date and BigInt values become plain JSON for the audit log's before/after.
function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
}
