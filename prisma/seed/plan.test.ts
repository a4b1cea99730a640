import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { departments } from "./departments";
import { plan } from "./plan";
import type { Comparison, SeedIndicator, SeedMeasure } from "./plan-types";

// Holds the seed against the plan's text: its structure, every commitment, every number.

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED_TEXT = path.resolve(here, "../../../shared/seed/000_3ac0efa00b5db2aa.txt");
const COMMITTED_COPY = path.resolve(here, "plan-text.txt");

/** PLAN_TEXT_PATH if set, else the shared seed folder, else the copy committed beside this file. */
function planTextPath(): string {
  const override = process.env.PLAN_TEXT_PATH;
  if (override) {
    if (!fs.existsSync(override)) throw new Error(`PLAN_TEXT_PATH does not exist: ${override}`);
    return override;
  }
  return fs.existsSync(SHARED_TEXT) ? SHARED_TEXT : COMMITTED_COPY;
}

const text = fs.readFileSync(planTextPath(), "utf8");

/** The text lost its quotation marks and has layout spaces: compare without either. */
const norm = (s: string) => s.replace(/[\s“”"]/g, "");

// ---- the seed, flattened -------------------------------------------------------------

type Placed = { measure: SeedMeasure; parent?: SeedMeasure; taskAreaCode: string };

const taskAreas = plan.strategies.flatMap((s) => s.taskAreas);
const placed: Placed[] = taskAreas.flatMap((t) =>
  t.measures.flatMap((measure) => [
    { measure, taskAreaCode: t.code },
    ...(measure.children ?? []).map((child) => ({ measure: child, parent: measure, taskAreaCode: t.code })),
  ]),
);
const projects = placed.filter((p) => p.measure.kind === "PROJECT");
const indicators = placed.flatMap((p) => (p.measure.indicators ?? []).map((indicator) => ({ ...p, indicator })));

// ---- the text, cut into its sections ---------------------------------------------------

const strategyHeadingOf = (line: string) => plan.strategies.find((s) => norm(line).startsWith(norm(s.name)));
const taskAreaHeadingOf = (line: string) =>
  taskAreas.find((t) => norm(t.name) === norm(line).replace(/。$/, ""));

/**
 * Lines after the first strategy heading, each put under the task area whose heading it
 * follows, except headings and the strategies' intros. `unplaced` must stay empty: a line
 * there is text the seed neither names nor covers.
 */
function sectionsOfText() {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const intros = plan.strategies.map((s) => norm(s.intro));
  const bodies = new Map<string, string[]>();
  const headings: string[] = [];
  const unplaced: string[] = [];
  let current: string | undefined;
  for (const line of lines.slice(lines.findIndex((l) => strategyHeadingOf(l)))) {
    const taskArea = taskAreaHeadingOf(line);
    const strategy = strategyHeadingOf(line);
    if (taskArea) {
      current = taskArea.code;
      headings.push(taskArea.code);
      bodies.set(current, []);
    } else if (strategy) {
      current = undefined;
      headings.push(strategy.code);
    } else if (intros.some((intro) => intro.includes(norm(line)))) {
    } else if (current) {
      bodies.get(current)!.push(line);
    } else {
      unplaced.push(line);
    }
  }
  return { bodies, headings, unplaced };
}

// A title may leave out the connective that ties its clause to the previous one.
const clausesOf = (paragraph: string) =>
  norm(paragraph)
    .split(/[。；;，,]/)
    .map((clause) => clause.replace(/^并/, ""))
    .filter(Boolean);

/** Index ranges of the text where `needle` occurs. */
function occurrences(needle: string): [number, number][] {
  const found: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push([i, i + needle.length]);
  return found;
}

/** The clause of the text around index i. */
function clauseAround(i: number): string {
  const stops = /[,;，；。\n]/;
  let start = i;
  while (start > 0 && !stops.test(text[start - 1])) start--;
  let end = i;
  while (end < text.length && !stops.test(text[end])) end++;
  return text.slice(start, end);
}

function meets(value: number, comparison: Comparison, target: number): boolean {
  return { GTE: value >= target, GT: value > target, EQ: value === target, LTE: value <= target }[comparison];
}

const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const inPlanWindow = (s: string) => isIsoDate(s) && s >= "2016-12-31" && s <= "2021-12-31";

// ---- expectations written from the text and its README --------------------------------

const README_STRUCTURE = [
  {
    name: "实施民生共享战略",
    aim: "补短板、增福祉",
    taskAreas: ["全面加快公共基础设施建设", "全面提升教育工作水平", "全面加强社会事业各项工作"],
  },
  {
    name: "实施文化引领战略",
    aim: "兴产业、聚合力",
    taskAreas: ["大力开展精神文明建设", "深入开发文化资源和品牌", "统筹规划文化产业发展"],
  },
  {
    name: "实施平安强基战略",
    aim: "保稳定、促和谐",
    taskAreas: ["深化“法治柳市”建设", "完善社会治理“一张网”体系", "加强风险防控和应急处置能力", "健全社会治安防控智慧化体系"],
  },
];

/** Every number the text states, Arabic or Chinese, as the indicator it must be. */
const EXPECTED_INDICATORS: ({ source: string } & Partial<SeedIndicator>)[] = [
  { source: "178个基础设施和社会事业项目", targetValue: 178, unit: "个", kind: "COUNT", comparison: "GTE", deadline: "2021-12-31" },
  { source: "省级卫生村的数量超过50个", targetValue: 50, unit: "个", kind: "COUNT", comparison: "GT", deadline: "2021-12-31" },
  { source: "民工子弟学校6所", targetValue: 6, unit: "所", kind: "COUNT", comparison: "GTE", deadline: "2021-12-31" },
  { source: "温州市文明村10个", targetValue: 10, unit: "个", kind: "COUNT", comparison: "GTE", deadline: "2021-12-31" },
  { source: "省级文明村2个以上", targetValue: 2, unit: "个", kind: "COUNT", comparison: "GTE", deadline: "2021-12-31" },
  { source: "柳白新城内新建一所小学", targetValue: 1, unit: "所", kind: "COUNT", derivedFromChildren: true, deadline: "2021-12-31" },
  { source: "各新建一所公办幼儿园", targetValue: 3, unit: "所", kind: "COUNT", derivedFromChildren: true, deadline: "2021-12-31" },
  { source: "一次全面的校网布点优化", targetValue: 1, unit: "次", kind: "COUNT", deadline: "2021-12-31" },
  { source: "2019年创成国家级卫生镇", kind: "MILESTONE", deadline: "2019-12-31" },
  { source: "2018年建成镇级公益性骨灰堂", kind: "MILESTONE", derivedFromChildren: true, deadline: "2018-12-31" },
  { source: "全国文明镇", kind: "MILESTONE", deadline: "2021-12-31" },
  { source: "柳市镇志", kind: "MILESTONE", deadline: "2021-12-31" },
  { source: "省级非遗主题实验小镇", kind: "MILESTONE", derivedFromChildren: true, deadline: "2021-12-31" },
  { source: "一期开园", kind: "MILESTONE", deadline: "2021-12-31" },
  { source: "二期竣工并投用", kind: "MILESTONE", deadline: "2021-12-31" },
  { source: "国家特级乡镇综合文化站", kind: "MILESTONE", deadline: "2021-12-31" },
];

const EXPECTED_PROJECTS = [
  "市民体育中心", "便民服务中心", "电器城大道", "柳青南路延伸", "溪桥路西延伸", "乐柳公路", "228国道", "交通S2线",
  "长江路延伸拓宽", "环城东路延伸拓宽", "公共自行车系统", "柳白新城小学", "柳市老城区公办幼儿园", "黄华公办幼儿园",
  "七里港公办幼儿园", "柳中迁建", "柳职迁建", "市三医迁扩建", "镇级公益性骨灰堂", "省级非遗主题实验小镇",
  "一开文化创意产业园", "柳市文化中心",
];

// ---- tests ---------------------------------------------------------------------------

describe("plan text", () => {
  it.skipIf(!fs.existsSync(SHARED_TEXT))("the committed copy is byte-identical to the shared seed text", () => {
    expect(fs.readFileSync(COMMITTED_COPY).equals(fs.readFileSync(SHARED_TEXT))).toBe(true);
  });
});

describe("structure", () => {
  it("has the README's 3 strategies and 10 task areas, in order", () => {
    expect(
      plan.strategies.map((s) => ({ name: s.name, aim: s.aim, taskAreas: s.taskAreas.map((t) => t.name) })),
    ).toEqual(README_STRUCTURE);
    expect(plan).toMatchObject({ startDate: "2017-01-01", endDate: "2021-12-31" });
  });

  it("finds every heading in the text in the seed's order, with nothing left over", () => {
    const { headings, unplaced } = sectionsOfText();
    expect(headings).toEqual(plan.strategies.flatMap((s) => [s.code, ...s.taskAreas.map((t) => t.code)]));
    expect(unplaced).toEqual([]);
  });

  it("words each strategy heading and intro as the text does", () => {
    const lines = text.split("\n").map(norm);
    for (const s of plan.strategies) {
      expect(lines).toContain(norm(`${s.name}致力${s.aim}${s.slogan}`));
      expect(s.intro.length).toBeGreaterThan(20);
      expect(norm(text)).toContain(norm(s.intro));
    }
  });

  it("numbers strategies, task areas, measures and projects in order", () => {
    plan.strategies.forEach((s, si) => {
      expect(s.code).toBe("ABC"[si]);
      s.taskAreas.forEach((t, ti) => {
        expect(t.code).toBe(`${s.code}${ti + 1}`);
        t.measures.forEach((m, mi) => {
          expect(m.code).toBe(`${t.code}-${String(mi + 1).padStart(2, "0")}`);
          m.children?.forEach((c, ci) => expect(c.code).toBe(`${m.code}-P${String(ci + 1).padStart(2, "0")}`));
        });
      });
    });
  });

  it("uses every code once across the plan", () => {
    const codes = [
      ...plan.strategies.map((s) => s.code),
      ...taskAreas.map((t) => t.code),
      ...placed.map((p) => p.measure.code),
      ...indicators.map((i) => i.indicator.code),
    ];
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("measures", () => {
  const { bodies } = sectionsOfText();
  const titlesOf = (taskAreaCode: string) =>
    placed.filter((p) => p.taskAreaCode === taskAreaCode && !p.parent).map((p) => norm(p.measure.title));

  it("words every measure as its task area's text does, one commitment each", () => {
    for (const { measure, parent, taskAreaCode } of placed) {
      if (parent) continue;
      expect(norm((bodies.get(taskAreaCode) ?? []).join(""))).toContain(norm(measure.title));
      expect(measure.title).not.toMatch(/[。；;]/);
    }
  });

  it("covers every clause of every task area's text with a measure", () => {
    for (const t of taskAreas) {
      const titles = titlesOf(t.code);
      const clauses = (bodies.get(t.code) ?? []).flatMap(clausesOf);
      expect(clauses.length, t.name).toBeGreaterThan(0);
      expect(clauses.filter((c) => !titles.some((title) => title.includes(c))), t.name).toEqual([]);
    }
  });

  it("gives every measure a lead and existing, distinct responsible departments", () => {
    const known = new Set(departments.map((d) => d.code));
    expect(known.size).toBe(departments.length);
    const used = new Set<string>();
    for (const { measure } of placed) {
      expect(known.has(measure.leadDepartment), measure.code).toBe(true);
      expect(measure.responsibleDepartments.every((d) => known.has(d)), measure.code).toBe(true);
      expect(measure.responsibleDepartments, measure.code).not.toContain(measure.leadDepartment);
      expect(new Set(measure.responsibleDepartments).size).toBe(measure.responsibleDepartments.length);
      [measure.leadDepartment, ...measure.responsibleDepartments].forEach((d) => used.add(d));
    }
    expect(departments.filter((d) => !used.has(d.code))).toEqual([]);
  });
});

describe("projects", () => {
  it("has exactly the named projects of the text", () => {
    expect(projects.map((p) => p.measure.title).sort()).toEqual([...EXPECTED_PROJECTS].sort());
  });

  it("names each project with the words of the measure that names it", () => {
    // A list like "长江路、环城东路等延伸拓宽工程" shares words, so a title may join two of them.
    const fromParent = (title: string, parentTitle: string) =>
      parentTitle.includes(title) ||
      [...title].some((_, i) => i >= 2 && title.length - i >= 2 && parentTitle.includes(title.slice(0, i)) && parentTitle.includes(title.slice(i)));
    for (const { measure, parent } of projects) {
      expect(parent, measure.title).toBeDefined();
      expect(fromParent(norm(measure.title), norm(parent!.title)), measure.title).toBe(true);
    }
  });

  it("schedules 2 to 4 milestones per project, in order, inside the plan", () => {
    for (const { measure } of projects) {
      const dates = (measure.milestones ?? []).map((m) => m.plannedDate);
      expect(dates.length, measure.title).toBeGreaterThanOrEqual(2);
      expect(dates.length, measure.title).toBeLessThanOrEqual(4);
      expect(dates.every(inPlanWindow), measure.title).toBe(true);
      expect([...dates].sort(), measure.title).toEqual(dates);
      expect(new Set(dates).size, measure.title).toBe(dates.length);
      expect(new Set(measure.milestones!.map((m) => m.name)).size, measure.title).toBe(dates.length);
    }
  });
});

describe("indicators", () => {
  it("is exactly one indicator per number of the text, as expected", () => {
    const matched = EXPECTED_INDICATORS.map(({ source, ...expected }) => {
      const hits = indicators.filter((i) => norm(i.indicator.sourceText).includes(norm(source)));
      expect(hits.map((h) => h.indicator.code), source).toHaveLength(1);
      expect(hits[0].indicator, source).toMatchObject(expected);
      return hits[0].indicator.code;
    });
    expect(indicators.map((i) => i.indicator.code).sort()).toEqual(matched.sort());
  });

  it("accounts for every Arabic number of the text", () => {
    for (const match of text.matchAll(/[A-Za-z]*\d+/g)) {
      const token = match[0];
      const value = Number(token.replace(/^[A-Za-z]+/, ""));
      const at = match.index;
      const byIndicator = indicators.some(
        ({ indicator }) =>
          occurrences(indicator.sourceText).some(([from, to]) => from <= at && at < to) &&
          (indicator.targetValue === value || indicator.deadline.startsWith(`${token}-`)),
      );
      const byProject = projects.some(
        ({ measure }) => norm(measure.title).includes(token) && norm(clauseAround(at)).includes(norm(measure.title)),
      );
      expect(byIndicator || byProject, `${token} in “${clauseAround(at)}”`).toBe(true);
    }
  });

  it("quotes its source from the text, inside the title of its measure or the measure above", () => {
    for (const { indicator, measure, parent } of indicators) {
      expect(text, indicator.code).toContain(indicator.sourceText);
      const titles = [measure, parent].filter(Boolean).map((m) => norm(m!.title));
      expect(titles.some((t) => t.includes(norm(indicator.sourceText))), indicator.code).toBe(true);
    }
  });

  it("has codes of its measure, valid dates and a target not yet met at the baseline", () => {
    for (const { indicator: i, measure } of indicators) {
      expect(i.code).toMatch(new RegExp(`^${measure.code}-I\\d+$`));
      expect([i.baselineDate, i.deadline].every(inPlanWindow), i.code).toBe(true);
      expect(i.baselineDate < i.deadline, i.code).toBe(true);
      expect(meets(i.baselineValue, i.comparison, i.targetValue), i.code).toBe(false);
    }
  });

  it("combines kind, unit and comparison sensibly", () => {
    for (const { indicator: i } of indicators) {
      if (i.kind === "MILESTONE") {
        expect(i, i.code).toMatchObject({ unit: "", baselineValue: 0, targetValue: 1, comparison: "EQ" });
      } else {
        expect(i.unit, i.code).not.toBe("");
        expect(["GTE", "GT"], i.code).toContain(i.comparison);
        expect(Number.isInteger(i.targetValue) && Number.isInteger(i.baselineValue), i.code).toBe(true);
      }
    }
  });

  it("moves interim targets monotonically from the baseline to the target", () => {
    const withInterims = indicators.filter((i) => i.indicator.interimTargets?.length);
    expect(withInterims.length).toBeGreaterThanOrEqual(2);
    for (const { indicator: i } of withInterims) {
      const steps = i.interimTargets!;
      const deadlineYear = Number(i.deadline.slice(0, 4));
      steps.forEach((step, k) => {
        expect(step.year, i.code).toBeGreaterThan(k === 0 ? Number(i.baselineDate.slice(0, 4)) : steps[k - 1].year);
        expect(step.year, i.code).toBeLessThanOrEqual(deadlineYear);
        expect(step.value, i.code).toBeGreaterThanOrEqual(k === 0 ? i.baselineValue : steps[k - 1].value);
      });
      const last = steps[steps.length - 1];
      expect(last.year === deadlineYear && meets(last.value, i.comparison, i.targetValue), i.code).toBe(true);
    }
  });

  it("derives from children only where the children are what it counts, due by its deadline", () => {
    for (const { indicator: i, measure } of indicators.filter((x) => x.indicator.derivedFromChildren)) {
      const children = measure.children ?? [];
      expect(children.length, i.code).toBeGreaterThan(0);
      expect(children.every((c) => c.kind === "PROJECT"), i.code).toBe(true);
      expect(i.targetValue, i.code).toBe(children.length);
      for (const child of children) expect(child.milestones!.at(-1)!.plannedDate <= i.deadline, child.title).toBe(true);
    }
  });

  it("ties a project's own milestone indicator to its milestone of the same name", () => {
    const own = indicators.filter((x) => x.measure.kind === "PROJECT" && x.indicator.kind === "MILESTONE");
    expect(own.length).toBeGreaterThan(0);
    for (const { indicator: i, measure } of own) {
      const step = measure.milestones?.find((m) => m.name === i.name);
      expect(step, i.code).toBeDefined();
      expect(step!.plannedDate <= i.deadline, i.code).toBe(true);
    }
  });
});
