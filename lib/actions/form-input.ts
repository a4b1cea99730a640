// FormData is flat strings; actions validate plain objects. "values.12" becomes
// { values: { "12": … } }, a repeated key becomes an array, and the fields Next.js adds for
// progressive enhancement ($ACTION_…) are dropped. Plain objects pass through (tests, scripts).

export type PlainInput = Record<string, unknown>;

export function formInput(source: FormData | PlainInput | null | undefined): PlainInput {
  if (!source) return {};
  if (!(source instanceof FormData)) return source;
  const out: PlainInput = {};
  for (const [key, value] of source.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    const leaf = path.pop()!;
    let node = out;
    for (const part of path) {
      const next = node[part];
      node = (next && typeof next === "object" && !Array.isArray(next) ? next : (node[part] = {})) as PlainInput;
    }
    const existing = node[leaf];
    node[leaf] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
