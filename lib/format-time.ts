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
