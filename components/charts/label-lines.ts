/**
 * A chart's category label in at most `maxLines` lines of at most `perLine` characters (at a 12 px
 * font a CJK character is about 12 px wide), the last one ending in "…" when the label is longer.
 * The table beside each chart has the whole name. Pure.
 */
export function labelLines(label: string, perLine: number, maxLines: number): string[] {
  const chars = Array.from(label.trim());
  // as even as the lines allow: 全面加快公共 / 基础设施建设, not 全面加快公共基础设 / 施建设
  const count = Math.min(maxLines, Math.max(1, Math.ceil(chars.length / perLine)));
  const size = chars.length > perLine * maxLines ? perLine : Math.ceil(chars.length / count);
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += size) lines.push(chars.slice(i, i + size).join(""));
  if (chars.length > perLine * maxLines) lines[maxLines - 1] = `${Array.from(lines[maxLines - 1]).slice(0, perLine - 1).join("")}…`;
  return lines;
}
