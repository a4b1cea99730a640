// Cache tags of the public pages' data. An action that changes public data returns the tags
// it touches and the wrapper expires them (updateTag), so the next visitor sees the change.
export const PUBLIC_PLAN_TAG = "public-plan";

export const measureTag = (measureId: number) => `public-measure-${measureId}`;

export function publicTags(measureId?: number): string[] {
  return measureId === undefined ? [PUBLIC_PLAN_TAG] : [PUBLIC_PLAN_TAG, measureTag(measureId)];
}
