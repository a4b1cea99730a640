// The client's address as the reverse proxy in front of us reports it. Only the first
// X-Forwarded-For hop is taken; deploy behind a proxy that overwrites the header.
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
