// The client's address. X-Forwarded-For is read from the right: its last hop was appended by the
// nearest proxy (nginx's $proxy_add_x_forwarded_for), or by Next.js itself with the socket's
// address when no proxy sent the header. Hops appended by the proxies named in TRUSTED_PROXIES
// (comma-separated addresses, default none) are skipped; the first other hop is the client.
// Hops further left come from the client and can say anything, so they are never taken.
// Next.js does not expose the socket's address when a client sends its own X-Forwarded-For:
// production binds the app processes to 127.0.0.1 behind nginx (deploy/systemd), so only the
// proxy can reach them.

function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function trustedProxies(value = process.env.TRUSTED_PROXIES ?? ""): Set<string> {
  return new Set(value.split(",").map(normalize).filter(Boolean));
}

export function clientIp(headers: Headers, trusted: Set<string> = trustedProxies()): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalize).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (i === 0 || !trusted.has(hops[i])) return hops[i];
  }
  return headers.get("x-real-ip")?.trim() || null;
}
