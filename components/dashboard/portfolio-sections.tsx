import type { IsoDate, Status } from "@/lib/domain";
import type { DepartmentRow, MeasureList } from "@/lib/dal/dashboard/lists";
import type { TrendPoint } from "@/lib/dal/dashboard/trend";
import { Distribution } from "./distribution";
import { Trend } from "./trend";
import { DeadlineTable, LaggingTable } from "./lists";
import { DepartmentTable } from "./department-table";
import { Section } from "./section";

/**
 * What the plan overview and a strategy's dashboard show below their own table: the status
 * distribution, the quarter-end trend, lagging items, coming deadlines and the departments.
 */
export function PortfolioSections(props: {
  counts: Record<Status, number>;
  distributionTitle: string;
  trend: TrendPoint[];
  trendTitle: string;
  trendNote?: string;
  lagging: MeasureList;
  upcoming: MeasureList;
  departments: DepartmentRow[];
  asOf: IsoDate;
  query: string;
}) {
  return (
    <>
      <Section id="distribution" title="状态分布">
        <Distribution counts={props.counts} title={props.distributionTitle} />
      </Section>
      <Section id="trend" title="趋势" note={props.trendNote}>
        <Trend points={props.trend} title={props.trendTitle} />
      </Section>
      <Section id="lagging" title="滞后事项及原因">
        <LaggingTable list={props.lagging} query={props.query} />
      </Section>
      <Section id="deadlines" title="未来 90 天到期事项">
        <DeadlineTable list={props.upcoming} asOf={props.asOf} query={props.query} />
      </Section>
      <Section id="departments" title="部门情况">
        <DepartmentTable rows={props.departments} />
      </Section>
    </>
  );
}
