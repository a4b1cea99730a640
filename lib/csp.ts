// Content-Security-Policy, one definition for both kinds of page. Staff pages (console, sign-in)
// render per request anyway: they get a per-request nonce from the proxy and no 'unsafe-inline'
// for scripts. Public pages are cached and shared, so they cannot carry a per-request nonce, and
// Next.js inlines its bootstrap scripts: they keep 'unsafe-inline' (docs/decisions/006).

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const PUBLIC_CSP = ["script-src 'self' 'unsafe-inline'", ...COMMON].join("; ");

export function staffCsp(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, ...COMMON].join("; ");
}

/** Paths whose pages render per request with a nonce (the proxy matches them). */
export const STAFF_PATH = /^\/(console|login)(\/|$)/;
