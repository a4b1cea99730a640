import { createRequire } from "node:module";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PUBLIC_CSP } from "./lib/csp";

// Server action bodies: form fields only. Evidence files are streamed to POST /api/evidence
// (a route handler: a server action's files are parsed into memory), the form sends their keys.
const ACTION_BODY_LIMIT = "1mb";

// Same-origin only; no page may be framed (clickjacking), no plugin content, no foreign forms.
// The CSP of staff pages carries a per-request nonce and is set by the proxy (lib/csp.ts).
// Evidence files set their own CSP and framing headers (lib/evidence/file-headers.ts): the review
// page frames a PDF, so that one response may be framed by this origin.
const EVIDENCE_FILE = "api/attachments/";
const SECURITY_HEADERS = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const require = createRequire(import.meta.url);

// Several app processes share Next.js's caches (pages, 'use cache' data and tag expirations) in
// Redis when REDIS_URL is set; read when each process starts, so one build serves both ways.
// Without it (one process, e.g. the embedded default) Next.js's own caches serve.
// docs/decisions/006-standard-runtime.md.
const SHARED_CACHE: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      cacheHandler: require.resolve("./lib/cache/page-cache-handler.cjs"),
      cacheHandlers: { default: require.resolve("./lib/cache/data-cache-handler.cjs") },
      cacheMaxMemorySize: 0,
    }
  : {};

const nextConfig: NextConfig = {
  ...SHARED_CACHE,
  // Native or driver packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "exceljs"],
  poweredByHeader: false,
  generateEtags: false,
  // Lets two builds of one checkout coexist (e.g. a benchmark beside a test run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // 'use cache' + cacheTag for the public data; updateTag in the approving action expires it.
  cacheComponents: true,
  // Staff pages render per request (session); public pages are whole prerendered pages.
  partialPrefetching: false,
  experimental: {
    // The build reads the database; an embedded PGlite takes one connection at a time.
    ...(process.env.NEXT_BUILD_CPUS && { cpus: Number(process.env.NEXT_BUILD_CPUS) }),
    // Two root layouts (app/[locale] public, app/(staff) console): one page for unknown addresses.
    globalNotFound: true,
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: ACTION_BODY_LIMIT,
  },
  // The public pages live in app/[locale]; Chinese addresses carry no prefix. A rewrite in the
  // config (not the proxy) keeps prerendered pages a plain cache read.
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/zh-CN" },
        { source: "/:path((?!en(?:/|$)|zh-CN(?:/|$)|console(?:/|$)|login(?:/|$)|api(?:/|$)|_next/).*)", destination: "/zh-CN/:path" },
      ],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/zh-CN", destination: "/", permanent: true },
      { source: "/zh-CN/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: `/((?!${EVIDENCE_FILE}).*)`, headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: `/((?!console(?:/|$)|login(?:/|$)|${EVIDENCE_FILE}).*)`, headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
