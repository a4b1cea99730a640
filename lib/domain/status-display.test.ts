import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DISPLAY_ORDER, STATUSES } from "./format";
import { STATUS_DISPLAY, STATUS_LABEL_EN, STATUS_LABEL_ZH, STATUS_SHORT_ZH, statusBadgeClass, statusLabel } from "./status-display";

// WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const unique = (values: string[]) => new Set(values).size === values.length;

describe("status display", () => {
  it("gives every status its words and colours", () => {
    expect(Object.keys(STATUS_DISPLAY).sort()).toEqual([...STATUSES].sort());
    expect([...DISPLAY_ORDER].sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) {
      const d = STATUS_DISPLAY[s];
      for (const word of [d.zh, d.en, d.shortZh]) expect(word.trim()).not.toBe("");
      for (const colour of [d.text, d.background, d.border, d.solid]) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(statusLabel(s)).toBe(d.zh);
      expect(statusLabel(s, "en")).toBe(d.en);
    }
  });

  it("has one spelling per status and no two statuses alike", () => {
    expect(unique(Object.values(STATUS_LABEL_ZH))).toBe(true);
    expect(unique(Object.values(STATUS_LABEL_EN))).toBe(true);
    expect(unique(Object.values(STATUS_SHORT_ZH))).toBe(true);
    // A short label is a part of its full label: 逾期 of 逾期未完成.
    for (const s of STATUSES) expect(STATUS_DISPLAY[s].zh).toContain(STATUS_DISPLAY[s].shortZh);
  });

  it("has one badge colour per status, and badge classes name the status", () => {
    expect(unique(STATUSES.map((s) => STATUS_DISPLAY[s].background))).toBe(true);
    expect(unique(STATUSES.map((s) => STATUS_DISPLAY[s].solid))).toBe(true);
    for (const s of STATUSES) expect(statusBadgeClass(s)).toBe(`badge s-${s}`);
  });

  it("meets WCAG AA: badge text 4.5:1 on its background, solid fills 3:1 on white", () => {
    for (const s of STATUSES) {
      const d = STATUS_DISPLAY[s];
      expect(contrast(d.text, d.background), `${s} badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(d.solid, "#ffffff"), `${s} solid`).toBeGreaterThanOrEqual(3);
    }
  });

  it("is the table docs/open-data.md publishes", () => {
    const doc = readFileSync(path.join(process.cwd(), "docs/open-data.md"), "utf8");
    for (const s of STATUSES) expect(doc).toContain(`| \`${s}\` | ${STATUS_LABEL_ZH[s]} |`);
  });
});

// No second definition of a status's words or colours (STYLE.md: one home for each fact).
describe("no status words or colours outside lib/domain/status-display.ts", () => {
  const ROOTS = ["app", "components", "lib"];
  const HOME = new Set(["lib/domain/status-display.ts", "components/ui/status-tailwind-plugin.ts"]);
  const CODE = "(DONE|ON_TRACK|AT_RISK|LAGGING|OVERDUE|NOT_STARTED)";
  const LABELS = [...Object.values(STATUS_LABEL_ZH), ...Object.values(STATUS_SHORT_ZH), ...Object.values(STATUS_LABEL_EN), "逾期"];
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** Exact words that are not statuses: a milestone reached (已完成 / 未完成), an account in use (正常). */
  const ALLOWED: Record<string, string[]> = {
    "components/dashboard/measure-parts.tsx": ["已完成"],
    "app/(staff)/console/admin/users/page.tsx": ["正常"],
  };

  function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return /\.(tsx?|css|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
    });
  }
  const sources = ROOTS.flatMap((r) => files(r))
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => !HOME.has(p))
    .map((p) => ({ path: p, text: readFileSync(p, "utf8") }));

  it("finds the sources", () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it("has no map from a status code to a label or a colour", () => {
    // `DONE: "已完成"`, `"OVERDUE": "Overdue"`, `LAGGING: "bg-red-100 …"`, `AT_RISK: "#ca8a04"`.
    const q = "[\"'`]";
    const value = `${q}(${LABELS.map(escapeRegExp).join("|")})${q}|${q}#[0-9a-fA-F]{3,8}|${q}[^"'\`]*\\b(bg|text|border|ring|fill|stroke)-[a-z]+-\\d`;
    const labelOrColour = new RegExp(`\\b${CODE}["']?\\s*:\\s*(${value})`, "g");
    const found = sources.flatMap((f) => [...f.text.matchAll(labelOrColour)].map((m) => `${f.path}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it("has no status label written out as a string", () => {
    const literal = new RegExp(`["'\`>](${LABELS.map(escapeRegExp).join("|")})["'\`<]`, "g");
    const found = sources
      .filter((f) => !f.path.endsWith(".json") && !f.path.endsWith(".css"))
      .flatMap((f) => [...f.text.matchAll(literal)].filter((m) => !ALLOWED[f.path]?.includes(m[1])).map((m) => `${f.path}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it("has no status colour class of its own", () => {
    // The generated classes are named only through statusColorClass/statusBadgeClass/statusBarClass.
    const cls = new RegExp(`\\bs-(bar-)?(\\$\\{|${CODE}\\b)`, "g");
    const found = sources.flatMap((f) => [...f.text.matchAll(cls)].map((m) => `${f.path}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
