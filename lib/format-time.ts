// Times are stored in UTC and shown in Beijing time, the only time zone of our users.
const FORMAT = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export function formatShanghaiTime(iso: string | Date): string {
  return FORMAT.format(typeof iso === "string" ? new Date(iso) : iso);
}

const PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** An instant as ISO 8601 in Beijing time, "2022-01-15T16:11:05+08:00": the same instant as the UTC form, read as our users read clocks. */
export function toShanghaiIso(iso: string | Date): string {
  const parts = Object.fromEntries(PARTS.formatToParts(typeof iso === "string" ? new Date(iso) : iso).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}+08:00`;
}
