import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Evidence uploads: 10 files of at most 20 MB each in one report, plus the form fields.
const UPLOAD_LIMIT = "101mb";

// Next.js inlines its bootstrap scripts, hence 'unsafe-inline' for scripts; everything else is
// same-origin only. No page may be framed (clickjacking), no plugin content, no foreign forms.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Native or driver packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
  poweredByHeader: false,
  // The root layout's metadata is async (translations): Next.js would stream it to browsers and
  // send the headers first, and then notFound() could only answer 200. Blocking metadata for
  // every client keeps real 404s (an officer opening /console/dashboard, a foreign measure).
  htmlLimitedBots: /.*/,
  // Lets two builds of one checkout coexist (e.g. a benchmark beside a test run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // 'use cache' + cacheTag for the public data; updateTag in the approving action expires it.
  cacheComponents: true,
  // Pages here render per request (session or language cookie); no static shells to prefetch.
  partialPrefetching: false,
  experimental: {
    serverActions: { bodySizeLimit: UPLOAD_LIMIT },
    proxyClientMaxBodySize: UPLOAD_LIMIT,
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
