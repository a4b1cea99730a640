// The client's address as the reverse proxy in front of us saw it: the last X-Forwarded-For
// hop, the one our proxy appended (nginx's $proxy_add_x_forwarded_for). Earlier hops come from
// the client and can say anything, so they are never taken. Deploy behind exactly one proxy.
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
