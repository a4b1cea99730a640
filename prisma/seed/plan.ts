import type {
  Comparison,
  IsoDate,
  SeedIndicator,
  SeedMeasure,
  SeedPlan,
} from "./plan-types";

// The plan of ../../../shared/seed/000_3ac0efa00b5db2aa.txt as seed data. Titles are the
// text's own words (lost quotation marks restored as “ ”, the text's ASCII commas kept);
// plan.test.ts holds every title, number and deadline here against the text.
//
// Conventions the app relies on:
// - one measure per commitment of the text; named projects are its PROJECT children;
// - a number the text states is an indicator of the measure (or project) whose title states it;
// - where the text gives no deadline, the deadline is the plan's end;
// - responsibleDepartments lists the co-responsible departments, never the lead again;
// - a MILESTONE indicator of a PROJECT tracks the milestone of the same name;
// - project milestones are the planned schedule: the text gives none, so their dates are
//   plausible placeholders for the departments to confirm (only the text's deadlines are firm).

const PLAN_END: IsoDate = "2021-12-31";
const BASELINE_DATE: IsoDate = "2016-12-31";
const FIRST_YEAR = 2017;

type Owners = { lead: string; responsible: string[] };
type IndicatorDraft = Omit<SeedIndicator, "code">;
type ProjectDraft = {
  title: string;
  milestones: [name: string, plannedDate: IsoDate][];
  indicators?: IndicatorDraft[];
};

/** The lead department first, then the co-responsible ones. */
const by = (lead: string, ...responsible: string[]): Owners => ({ lead, responsible });

/**
 * A number of things to reach. `yearly` are the interim targets for the year-ends from 2017
 * on; new things start from a baseline of 0.
 */
function count(o: {
  name: string;
  unit: string;
  target: number;
  sourceText: string;
  comparison?: Comparison;
  baseline?: number;
  deadline?: IsoDate;
  yearly?: number[];
  derivedFromChildren?: boolean;
}): IndicatorDraft {
  return {
    name: o.name,
    unit: o.unit,
    kind: "COUNT",
    baselineValue: o.baseline ?? 0,
    baselineDate: BASELINE_DATE,
    targetValue: o.target,
    comparison: o.comparison ?? "GTE",
    deadline: o.deadline ?? PLAN_END,
    ...(o.yearly && {
      interimTargets: o.yearly.map((value, i) => ({ year: FIRST_YEAR + i, value })),
    }),
    ...(o.derivedFromChildren && { derivedFromChildren: true }),
    sourceText: o.sourceText,
  };
}

/** Something that is done once (创成, 建成, 完成): 0 until done, then 1. */
function milestone(o: {
  name: string;
  sourceText: string;
  deadline?: IsoDate;
  derivedFromChildren?: boolean;
}): IndicatorDraft {
  return {
    ...count({ ...o, unit: "", target: 1 }),
    kind: "MILESTONE",
    comparison: "EQ",
  };
}

function project(
  title: string,
  milestones: ProjectDraft["milestones"],
  indicators?: IndicatorDraft[],
): ProjectDraft {
  return { title, milestones, indicators };
}

function withIndicators(code: string, drafts: IndicatorDraft[] | undefined) {
  if (!drafts?.length) return {};
  return { indicators: drafts.map((d, i) => ({ code: `${code}-I${i + 1}`, ...d })) };
}

/** A project inherits the owners of the measure that names it. */
function toProject(code: string, p: ProjectDraft, owners: Owners): SeedMeasure {
  return {
    code,
    kind: "PROJECT",
    title: p.title,
    leadDepartment: owners.lead,
    responsibleDepartments: owners.responsible,
    ...withIndicators(code, p.indicators),
    milestones: p.milestones.map(([name, plannedDate]) => ({ name, plannedDate })),
  };
}

function measure(
  code: string,
  title: string,
  owners: Owners,
  extras: { indicators?: IndicatorDraft[]; projects?: ProjectDraft[] } = {},
): SeedMeasure {
  const projectCode = (i: number) => `${code}-P${String(i + 1).padStart(2, "0")}`;
  return {
    code,
    kind: "MEASURE",
    title,
    leadDepartment: owners.lead,
    responsibleDepartments: owners.responsible,
    ...withIndicators(code, extras.indicators),
    ...(extras.projects && {
      children: extras.projects.map((p, i) => toProject(projectCode(i), p, owners)),
    }),
  };
}

// Road projects share one schedule shape: 立项 → 开工建设 → 建成通车.
const road = (title: string, approved: IsoDate, started: IsoDate, opened: IsoDate) =>
  project(title, [["立项", approved], ["开工建设", started], ["建成通车", opened]]);

// School buildings open with the school year (end of August).
const school = (title: string, approved: IsoDate, started: IsoDate, opened: IsoDate) =>
  project(title, [["立项", approved], ["开工建设", started], ["竣工投用", opened]]);

const strategyA = {
  code: "A",
  name: "实施民生共享战略",
  aim: "补短板、增福祉",
  slogan: "提高广大人民群众的幸福感",
  intro:
    "悠悠万事,民生为大;千秋基业,民安为重。必须按照人人参与、人人尽力、人人享有的要求,补齐发展短板,保障基本民生,让全镇人民过上更加幸福美满的生活。",
  taskAreas: [
    {
      code: "A1",
      name: "全面加快公共基础设施建设",
      measures: [
        measure("A1-01", "全力推进市民体育中心、便民服务中心等一批现有的重点基础设施项目建设", by("jianshe", "shehui", "dangzheng"), {
          projects: [
            project("市民体育中心", [["主体工程完工", "2018-06-30"], ["竣工验收", "2019-06-30"], ["投入使用", "2019-12-31"]]),
            project("便民服务中心", [["主体工程完工", "2017-12-31"], ["竣工验收", "2018-06-30"], ["投入使用", "2018-12-31"]]),
          ],
        }),
        measure("A1-02", "五年内再完成178个基础设施和社会事业项目建设", by("jianshe", "jingji", "shehui", "caizheng"), {
          indicators: [
            count({
              name: "基础设施和社会事业项目完成数",
              unit: "个",
              target: 178,
              yearly: [30, 70, 110, 145, 178],
              sourceText: "五年内再完成178个基础设施和社会事业项目建设",
            }),
          ],
        }),
        measure("A1-03", "突出交通先行,以电器城大道、柳青南路延伸、溪桥路西延伸等工程为重点,加强镇域各组团快速通道建设", by("jiaotong", "jianshe"), {
          projects: [
            road("电器城大道", "2017-03-31", "2017-09-30", "2020-12-31"),
            road("柳青南路延伸", "2017-06-30", "2018-03-31", "2020-06-30"),
            road("溪桥路西延伸", "2017-09-30", "2018-06-30", "2020-12-31"),
          ],
        }),
        // 乐柳公路, 228国道 and 交通S2线 are built by higher levels of government; the town's
        // part is land clearance (政策处理) and the works on its own ground.
        measure("A1-04", "以乐柳公路、228国道、交通S2线等工程为重点,不断提升柳市对外交通的区域地位", by("jiaotong", "jianshe", "nongye"), {
          projects: [
            project("乐柳公路", [["政策处理完成", "2017-12-31"], ["柳市段开工建设", "2018-06-30"], ["柳市段建成通车", "2021-06-30"]]),
            project("228国道", [["柳市段政策处理完成", "2018-06-30"], ["柳市段开工建设", "2018-12-31"], ["柳市段主体完工", "2021-12-31"]]),
            project("交通S2线", [["柳市段征迁完成", "2018-06-30"], ["柳市站点配套工程开工", "2019-06-30"], ["站点接驳道路建成", "2021-12-31"]]),
          ],
        }),
        measure("A1-05", "以长江路、环城东路等延伸拓宽工程为重点,完善微循环,提升道路网络的连通性和可达性", by("jiaotong", "jianshe"), {
          projects: [
            road("长江路延伸拓宽", "2018-03-31", "2018-12-31", "2020-12-31"),
            road("环城东路延伸拓宽", "2018-06-30", "2019-06-30", "2021-06-30"),
          ],
        }),
        measure("A1-06", "加强公共停车位建设", by("jianshe", "zhifa", "jiaotong")),
        measure("A1-07", "探索推进公交改革", by("jiaotong", "jingji")),
        measure("A1-08", "加快建立全镇范围内的公共自行车系统", by("jiaotong", "jianshe"), {
          projects: [
            project("公共自行车系统", [["建设方案批复", "2017-06-30"], ["首批站点投用", "2017-12-31"], ["全镇站点覆盖", "2019-12-31"]]),
          ],
        }),
        measure("A1-09", "构建便捷的公共交通环城体系", by("jiaotong", "jianshe")),
      ],
    },
    {
      code: "A2",
      name: "全面提升教育工作水平",
      measures: [
        measure("A2-01", "加大教育资源建设投入力度", by("jiaoyu", "caizheng")),
        measure("A2-02", "在柳白新城内新建一所小学", by("jiaoyu", "jianshe"), {
          indicators: [
            count({ name: "柳白新城新建小学数", unit: "所", target: 1, derivedFromChildren: true, sourceText: "在柳白新城内新建一所小学" }),
          ],
          projects: [
            project("柳白新城小学", [["立项", "2017-12-31"], ["开工建设", "2018-09-30"], ["主体完工", "2020-06-30"], ["竣工投用", "2021-08-31"]]),
          ],
        }),
        measure("A2-03", "在柳市老城区、黄华、七里港等片区各新建一所公办幼儿园", by("jiaoyu", "jianshe"), {
          indicators: [
            count({
              name: "新建公办幼儿园数",
              unit: "所",
              target: 3,
              derivedFromChildren: true,
              sourceText: "在柳市老城区、黄华、七里港等片区各新建一所公办幼儿园",
            }),
          ],
          projects: [
            school("柳市老城区公办幼儿园", "2017-06-30", "2018-03-31", "2019-08-31"),
            school("黄华公办幼儿园", "2017-12-31", "2018-09-30", "2020-08-31"),
            school("七里港公办幼儿园", "2018-06-30", "2019-03-31", "2021-08-31"),
          ],
        }),
        measure("A2-04", "新办合格的民工子弟学校6所", by("jiaoyu", "shehui"), {
          indicators: [
            count({ name: "新办合格民工子弟学校数", unit: "所", target: 6, yearly: [1, 2, 4, 5, 6], sourceText: "新办合格的民工子弟学校6所" }),
          ],
        }),
        measure("A2-05", "以柳中和柳职的迁建为契机,进行一次全面的校网布点优化", by("jiaoyu", "jianshe"), {
          indicators: [
            count({ name: "全面校网布点优化", unit: "次", target: 1, sourceText: "进行一次全面的校网布点优化" }),
          ],
          projects: [
            school("柳中迁建", "2017-06-30", "2018-06-30", "2021-08-31"),
            school("柳职迁建", "2017-12-31", "2019-03-31", "2021-08-31"),
          ],
        }),
        measure("A2-06", "探索完善教育管理机制", by("jiaoyu", "dangzheng")),
        measure("A2-07", "深化教育领域制度改革", by("jiaoyu", "dangzheng")),
        measure("A2-08", "实施“名校长、名班主任、名教师”三名培育工程,打造一支适应柳市发展需求的教育人才队伍", by("jiaoyu", "caizheng")),
      ],
    },
    {
      code: "A3",
      name: "全面加强社会事业各项工作",
      measures: [
        measure("A3-01", "加快市三医迁扩建工程", by("weiji", "jianshe"), {
          projects: [
            project("市三医迁扩建", [["开工建设", "2017-12-31"], ["主体结顶", "2019-12-31"], ["竣工投用", "2021-06-30"]]),
          ],
        }),
        measure("A3-02", "巩固省级卫生镇创建成果", by("weiji", "zhifa", "nongye")),
        measure("A3-03", "争取到2019年创成国家级卫生镇", by("weiji", "zhifa", "nongye", "jianshe"), {
          indicators: [
            milestone({ name: "创成国家级卫生镇", deadline: "2019-12-31", sourceText: "争取到2019年创成国家级卫生镇" }),
          ],
        }),
        measure("A3-04", "到2021年达到省级卫生村的数量超过50个", by("weiji", "nongye"), {
          indicators: [
            count({
              name: "省级卫生村数量",
              unit: "个",
              baseline: 20,
              target: 50,
              comparison: "GT",
              yearly: [27, 34, 41, 47, 51],
              sourceText: "到2021年达到省级卫生村的数量超过50个",
            }),
          ],
        }),
        measure("A3-05", "加大家庭医生签约服务经费投入", by("weiji", "caizheng")),
        measure("A3-06", "推动重大疾病综合防控", by("weiji", "shehui")),
        measure("A3-07", "深入开展全民健身运动", by("shehui", "wenhua")),
        measure("A3-08", "加强优生优育服务,稳步提高人口素质和健康水平", by("weiji", "shehui")),
        measure("A3-09", "探索和推进居家养老等切实有效的养老服务措施", by("minzheng", "shehui", "weiji")),
        measure("A3-10", "健全完善慈善体系", by("minzheng", "shehui")),
        measure("A3-11", "提高扶贫工作水平,强化扶贫精准性", by("minzheng", "nongye")),
        measure("A3-12", "切实推进移风易俗工作", by("minzheng", "xuanchuan")),
        measure("A3-13", "加快村级生态公墓建设", by("minzheng", "nongye")),
        measure("A3-14", "力争2018年建成镇级公益性骨灰堂", by("minzheng", "jianshe"), {
          indicators: [
            milestone({
              name: "建成镇级公益性骨灰堂",
              deadline: "2018-12-31",
              derivedFromChildren: true,
              sourceText: "力争2018年建成镇级公益性骨灰堂",
            }),
          ],
          projects: [
            project("镇级公益性骨灰堂", [["选址及立项", "2017-06-30"], ["开工建设", "2017-12-31"], ["建成投用", "2018-12-31"]]),
          ],
        }),
      ],
    },
  ],
};

const strategyB = {
  code: "B",
  name: "实施文化引领战略",
  aim: "兴产业、聚合力",
  slogan: "打造文化发展新高地",
  // In the text this paragraph closes the first strategy, but it is the case for the
  // second: it introduces culture, as the other strategies' intros introduce theirs.
  intro:
    "文化是一个地方的精髓和灵魂,要充分发挥文化的引领和支撑作用,为柳市经济社会发展提供强大的价值引导力和精神推动力。",
  taskAreas: [
    {
      code: "B1",
      name: "大力开展精神文明建设",
      measures: [
        measure("B1-01", "以全国文明镇创建为总抓手,深化群众性精神文明创建活动", by("xuanchuan", "dangzheng"), {
          indicators: [milestone({ name: "创成全国文明镇", sourceText: "以全国文明镇创建为总抓手" })],
        }),
        measure("B1-02", "争创温州市文明村10个、省级文明村2个以上", by("xuanchuan", "nongye"), {
          indicators: [
            count({ name: "新创温州市文明村数", unit: "个", target: 10, yearly: [2, 4, 6, 8, 10], sourceText: "争创温州市文明村10个" }),
            count({ name: "新创省级文明村数", unit: "个", target: 2, yearly: [0, 1, 1, 2, 2], sourceText: "省级文明村2个以上" }),
          ],
        }),
        measure("B1-03", "全力打造“一网两微一刊”媒体融合矩阵", by("xuanchuan", "wenhua")),
        measure("B1-04", "积极加强舆论引导", by("xuanchuan", "zongzhi")),
        measure("B1-05", "大力弘扬社会主义核心价值观", by("xuanchuan", "wenhua")),
        measure("B1-06", "努力将柳市人“敢为天下先”的精神品格和文化传统转化为创新创业的强大动力", by("xuanchuan", "jingji")),
        measure("B1-07", "持续开展“最美柳市人”等系列道德模范评选表彰活动", by("xuanchuan", "wenhua")),
        measure("B1-08", "大力推进乡贤文化和村风、家风建设", by("xuanchuan", "nongye", "minzheng")),
        measure("B1-09", "培育知荣辱、讲正气、甘奉献、促和谐的社会新风", by("xuanchuan", "minzheng")),
      ],
    },
    {
      code: "B2",
      name: "深入开发文化资源和品牌",
      measures: [
        measure("B2-01", "完成柳市镇志的编撰", by("dangzheng", "wenhua"), {
          indicators: [milestone({ name: "完成柳市镇志编撰", sourceText: "完成柳市镇志的编撰" })],
        }),
        measure("B2-02", "在共同的历史和风俗中梳理出传统“西乡文化”的体系脉络", by("wenhua", "dangzheng")),
        measure("B2-03", "落实柳市电气文化的系统收集整理工作", by("wenhua", "jingji")),
        measure("B2-04", "提升中国电气文化节的文化品位", by("jingji", "wenhua", "xuanchuan")),
        measure("B2-05", "从传统和现代两个层面凝炼柳市独有的区域文化内核", by("xuanchuan", "wenhua")),
        measure("B2-06", "在进一步扩大“柳川杯”声乐比赛和“柳川书画”影响力的基础上,创立“柳川杯”系列文艺大奖赛", by("wenhua", "xuanchuan")),
        measure("B2-07", "提高农村文化礼堂的建设和管理水平", by("wenhua", "nongye")),
        measure("B2-08", "打造具有柳市特色的“百姓舞台”", by("wenhua", "xuanchuan")),
      ],
    },
    {
      code: "B3",
      name: "统筹规划文化产业发展",
      measures: [
        measure("B3-01", "打造以黄杨木雕、细纹刻纸等工艺美术为特色的省级非遗主题实验小镇", by("jingji", "wenhua"), {
          indicators: [
            milestone({
              name: "创成省级非遗主题实验小镇",
              derivedFromChildren: true,
              sourceText: "打造以黄杨木雕、细纹刻纸等工艺美术为特色的省级非遗主题实验小镇",
            }),
          ],
          projects: [
            project("省级非遗主题实验小镇", [["列入省级创建名单", "2017-12-31"], ["展示销售平台建成", "2019-12-31"], ["通过省级验收命名", "2021-06-30"]]),
          ],
        }),
        measure("B3-02", "为工艺美术产业搭建一个集生产、展示、销售和旅游休闲为一体的综合产业平台", by("jingji", "wenhua")),
        measure("B3-03", "最终实现文化购物、文化休闲、文化旅游整体协调发展", by("jingji", "wenhua")),
        measure("B3-04", "加快一开文化创意产业园建设,实现一期开园,二期竣工并投用", by("jingji", "wenhua", "jianshe"), {
          projects: [
            project(
              "一开文化创意产业园",
              [["一期开园", "2018-12-31"], ["二期开工建设", "2019-06-30"], ["二期竣工并投用", "2021-06-30"]],
              [
                milestone({ name: "一期开园", sourceText: "实现一期开园" }),
                milestone({ name: "二期竣工并投用", sourceText: "二期竣工并投用" }),
              ],
            ),
          ],
        }),
        measure("B3-05", "以“国家特级乡镇综合文化站”为创建目标,全面加强柳市文化中心的运营和管理,使其成为功能突出、特色鲜明、带动力强的“柳市文化旗舰”", by("wenhua", "xuanchuan"), {
          indicators: [milestone({ name: "创成国家特级乡镇综合文化站", sourceText: "以 国家特级乡镇综合文化站 为创建目标" })],
          projects: [
            project("柳市文化中心", [["运营管理机制建立", "2017-12-31"], ["场馆功能提升改造完成", "2019-06-30"], ["品牌活动常态化运营", "2020-12-31"]]),
          ],
        }),
      ],
    },
  ],
};

const strategyC = {
  code: "C",
  name: "实施平安强基战略",
  aim: "保稳定、促和谐",
  slogan: "营造安居乐业的良好环境",
  intro: "平安建设是社会稳定的“压舱石”,是柳市繁荣的基本前提。",
  taskAreas: [
    {
      code: "C1",
      name: "深化“法治柳市”建设",
      measures: [
        measure("C1-01", "健全社会普法教育工作机制,在全社会进一步树立办事依法、遇事找法、解决问题用法、化解矛盾靠法的价值导向", by("sifa", "xuanchuan")),
        measure("C1-02", "认真贯彻依法治国方针,建立完善政府法律顾问制、重大决策社会风险评估制、行政执法责任制,确保权力依法运行", by("sifa", "dangzheng", "zhifa")),
        measure("C1-03", "切实推进综合执法改革,整合执法资源、理顺沟通机制、提升执法效率", by("zhifa", "sifa")),
      ],
    },
    {
      code: "C2",
      name: "完善社会治理“一张网”体系",
      measures: [
        measure("C2-01", "按照“优化强化、一员多能、综合运用”原则,试行“双网格长”制", by("zongzhi", "paichusuo")),
        measure("C2-02", "推广“一格多员”", by("zongzhi", "paichusuo", "sifa")),
        measure("C2-03", "精简整合网格员队伍", by("zongzhi", "caizheng")),
        measure("C2-04", "健全人、格、事对应的责任体系", by("zongzhi", "dangzheng")),
        measure("C2-05", "提高社会治理信息化水平,通过线下采集社会治理信息,线上分流处置事件问题,做到线上线下工作联动,达到“纵向到底、横向到边”,实现管理服务全覆盖的基层社会治理目的", by("zongzhi", "paichusuo")),
      ],
    },
    {
      code: "C3",
      name: "加强风险防控和应急处置能力",
      measures: [
        measure("C3-01", "完善矛盾风险排查机制", by("zongzhi", "sifa")),
        measure("C3-02", "深化“大调解”工作创新", by("sifa", "zongzhi")),
        measure("C3-03", "加强社区、村居人民调解组织队伍规范化建设,确保矛盾化解在基层、消除在萌芽", by("sifa", "minzheng")),
        measure("C3-04", "继续完善“一三五”应急处置机制", by("anjian", "zongzhi", "paichusuo")),
        measure("C3-05", "加强公共安全监管,突出校园、车间、出租房等重点场所安全防范", by("anjian", "jiaoyu", "paichusuo")),
        measure("C3-06", "大力推进消防、金融、民族宗教等重点领域的风险管控", by("anjian", "jingji", "xuanchuan", "paichusuo")),
        measure("C3-07", "进一步提高应急处置和应对群体性事件的能力", by("zongzhi", "paichusuo", "anjian")),
      ],
    },
    {
      code: "C4",
      name: "健全社会治安防控智慧化体系",
      measures: [
        measure("C4-01", "深化“平安柳市”创建", by("zongzhi", "paichusuo")),
        measure("C4-02", "紧盯流动人口、特殊人群、网络社会,实行“智慧防区”管理", by("paichusuo", "zongzhi")),
        measure("C4-03", "推进社会化视频补盲工程", by("paichusuo", "zongzhi")),
        measure("C4-04", "构建社会化视频监控“天网工程”,构筑一体化、全覆盖的社会治安防控体系", by("paichusuo", "zongzhi")),
        measure("C4-05", "常态化开展“警灯工程”,显著提升路面见警率", by("paichusuo", "zongzhi")),
        measure("C4-06", "依托志愿者“十百千计划”,建立完善“警民齐联动、社会共参与”的大巡防机制,切实提升群众安全感", by("paichusuo", "zongzhi", "xuanchuan")),
      ],
    },
  ],
};

export const plan: SeedPlan = {
  code: "liushi-2017-2021",
  name: "柳市镇打造全面小康标杆镇、业强宜居小城市五年规划（2017—2021年）",
  startDate: "2017-01-01",
  endDate: PLAN_END,
  strategies: [strategyA, strategyB, strategyC],
};
