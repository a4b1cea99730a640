// Sign-in keeps its session on the site's configured address (AUTH_URL): next-auth sends the
// browser back there after the form, and the session cookie belongs to the host it was set on.
// Someone who opened the site at another address of the same server (127.0.0.1 instead of
// localhost, the machine's LAN address) would be signed in on one host and land on the other,
// signed out, without a word. Pure: whether the address a request came in on is another one.

/** The configured origin ("http://localhost:3000") when `host` (the request's Host header) differs from it, else null. */
export function otherSiteAddress(host: string | null | undefined, authUrl: string | undefined): string | null {
  if (!host || !authUrl) return null;
  let site: URL;
  try {
    site = new URL(authUrl);
  } catch {
    return null;
  }
  let asked: URL;
  try {
    asked = new URL(`${site.protocol}//${host.trim()}`);
  } catch {
    return null;
  }
  // A Host without a port (nginx's $host, or the scheme's default one) names the machine only.
  const same = asked.port === "" ? asked.hostname === site.hostname : asked.host === site.host;
  return same ? null : site.origin;
}
