import "server-only";
import { ActionRefusal, type Tx } from "./action";

/**
 * Optimistic concurrency for every write to a measure: moves its version from the one the
 * writer saw to the next, or refuses with what changed in between.
 */
export async function bumpMeasureVersion(tx: Tx, measureId: number, basedOnVersion: number): Promise<number> {
  const bumped = await tx.measure.updateMany({ where: { id: measureId, version: basedOnVersion }, data: { version: { increment: 1 } } });
  if (bumped.count === 1) return basedOnVersion + 1;
  throw await conflictRefusal(tx, measureId);
}

async function conflictRefusal(tx: Tx, measureId: number): Promise<ActionRefusal> {
  const latest = await tx.progressReport.findFirst({
    where: { measureId },
    orderBy: { id: "desc" },
    select: {
      periodEnd: true,
      createdAt: true,
      narrative: true,
      author: { select: { displayName: true } },
      values: { select: { value: true, indicator: { select: { name: true, unit: true } } } },
    },
  });
  const newer = latest
    ? `最新一次填报：${latest.periodEnd.toISOString().slice(0, 7)}，${latest.author.displayName}填报` +
      (latest.values.length ? `，${latest.values.map((v) => `${v.indicator.name} ${v.value}${v.indicator.unit}`).join("，")}` : "") +
      `；说明：${quoted(latest.narrative)}`
    : "该举措的信息已被修改";
  return new ActionRefusal(`该举措在您填写期间已被他人更新，为避免覆盖未保存您的内容。${newer}。请刷新页面查看后重新填报。`, "conflict");
}

/** The first 60 characters of a narrative, without its closing punctuation: the message adds its own. */
function quoted(narrative: string): string {
  const text = narrative.trim();
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return cut.replace(/[。．.；;，,！!？?、\s]+$/u, "");
}
