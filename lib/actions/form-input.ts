// FormData is flat strings; actions validate plain objects. "values.12" becomes
// { values: { "12": … } }, a repeated key becomes an array, and the fields Next.js adds for
// progressive enhancement ($ACTION_…) are dropped. Plain objects pass through (tests, scripts).

export type PlainInput = Record<string, unknown>;

// A field named "__proto__.x" must not reach Object.prototype (prototype pollution): such path
// parts are dropped with their field, and every level is an object without a prototype.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function formInput(source: FormData | PlainInput | null | undefined): PlainInput {
  if (!source) return {};
  if (!(source instanceof FormData)) return source;
  const out: PlainInput = Object.create(null);
  for (const [key, value] of source.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const path = key.split(".");
    if (path.some((part) => FORBIDDEN.has(part))) continue;
    const leaf = path.pop()!;
    let node = out;
    for (const part of path) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      node = (next && typeof next === "object" && !Array.isArray(next) ? next : (node[part] = Object.create(null))) as PlainInput;
    }
    const existing = Object.hasOwn(node, leaf) ? node[leaf] : undefined;
    node[leaf] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
