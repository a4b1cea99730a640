// The status engine in SQL, as other code reads it (dashboards, the public portal): only approved
// reports count, every status is judged by the SQL functions of the migration
// 20261129050000_status_dashboards with lib/domain's rules and thresholds (docs/status.md §九).
import "server-only";

export { getMeasureStatuses, type MeasureStatusRow, type MeasureStatusDetail, type MeasureScope } from "./measures";
export { getRollups, queryRollups, type RollupRow, type RollupPoint } from "./rollups";
export { getMeasureParts, type MeasureParts, type IndicatorPart } from "./parts";
export { getStatusThresholds } from "./thresholds";
export { refreshStatusSnapshot } from "./refresh";
export type { RollupLevel } from "./reasons";
