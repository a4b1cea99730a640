import "server-only";
import { headers } from "next/headers";
import { refresh, updateTag } from "next/cache";
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums.ts";
import { getCurrentUser, type Actor } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db";
import type { Db } from "@/lib/prisma-client";
import { formInput, type PlainInput } from "./form-input";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What every action returns to its form (useActionState) or caller. */
export type ActionState =
  | { ok: true; message: string; id?: number }
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

export type ActionOutcome = {
  message: string;
  /** What the audit log records of the change. */
  audit: { objectType: string; objectId: string | number; before?: unknown; after?: unknown };
  /** Cache tags of public data the change touches. */
  tags?: string[];
  id?: number;
};

type Definition<S extends z.ZodType> = {
  /** Audit log action name, e.g. "progress_report.submit". */
  name: string;
  roles: readonly Role[];
  schema: S;
  /** Only the password change itself may run before a required password change. */
  allowBeforePasswordChange?: boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutcome>;
};

export type ActionContext<I> = {
  tx: Tx;
  actor: Actor;
  input: I;
  /** Undo work outside the database (e.g. stored files) if the transaction rolls back. */
  onRollback: (undo: () => Promise<void>) => void;
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
export function defineAction<S extends z.ZodType>(def: Definition<S>) {
  return async function serverAction(_prev: ActionState | null, data: FormData | PlainInput): Promise<ActionState> {
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
    let outcome: ActionOutcome;
    const undo: (() => Promise<void>)[] = [];
    try {
      outcome = await getDb().$transaction(async (tx) => {
        const result = await def.run({ tx, actor, input: parsed.data, onRollback: (fn) => undo.push(fn) });
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
      if (error instanceof ActionRefusal) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, submitted };
      }
      console.error(`[action ${def.name}] failed for user ${actor.id}`, error);
      return { ok: false, code: "failed", message: MESSAGES.failed };
    }
    for (const tag of outcome.tags ?? []) updateTag(tag);
    refresh(); // the page that posted re-renders with the new version and history
    return { ok: true, message: outcome.message, id: outcome.id };
  };
}

function typedValues(data: FormData | PlainInput): Record<string, string> | undefined {
  if (!(data instanceof FormData)) return undefined;
  const entries = [...data.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string");
  return Object.fromEntries(entries) as Record<string, string>;
}

async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}

// Decimal, Date and BigInt values become plain JSON for the audit log's before/after.
function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
}
