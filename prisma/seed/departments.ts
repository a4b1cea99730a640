import type { SeedDepartment } from "./plan-types";

// The offices of the town government (镇政府) and the stations of county-level bodies
// posted in the town that the plan's measures fall to. Codes are short pinyin so that
// seed data, fixtures and URLs stay readable and never change when a name is updated.
export const departments: SeedDepartment[] = [
  { code: "dangzheng", name: "党政办公室" },
  { code: "jingji", name: "经济发展办公室" },
  { code: "caizheng", name: "财政所" },
  { code: "jianshe", name: "建设管理办公室" },
  { code: "jiaotong", name: "交通运输管理站" },
  { code: "nongye", name: "农业农村办公室" },
  { code: "shehui", name: "社会事务管理办公室" },
  { code: "jiaoyu", name: "教育办公室" },
  { code: "weiji", name: "卫生和计划生育办公室" },
  { code: "minzheng", name: "民政办公室" },
  { code: "xuanchuan", name: "宣传统战办公室" },
  { code: "wenhua", name: "文化站" },
  { code: "zongzhi", name: "社会治理综合指挥中心" },
  { code: "sifa", name: "司法所" },
  { code: "paichusuo", name: "柳市派出所" },
  { code: "zhifa", name: "综合行政执法中队" },
  { code: "anjian", name: "安全生产监督管理办公室" },
];
