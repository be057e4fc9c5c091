// Security headers on every response; only /embed/* may be framed (by anyone).
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // separate build folders let tests build beside a running app
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // types are checked once, over the whole repository, by `npm run typecheck` in CI
  typescript: { ignoreBuildErrors: true },
  // native and Node-only packages stay outside the server bundle
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
    "linkedom",
    "@mozilla/readability",
    "@apollo/server",
  ],
  async headers() {
    return [
      // pages get a per-request, nonce-based Content-Security-Policy from proxy.ts (app/_components/page-csp.ts);
      // /embed/* and /graphiql send their own (a config header would replace it)
      { source: "/((?!embed/|graphiql).*)", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
      // the GraphQL endpoint skips proxy.ts (its busiest route); JSON needs no script, so nothing runs
      {
        source: "/api/graphql",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      { source: "/graphiql/:path*", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
      { source: "/graphiql", headers: [...common, { key: "X-Frame-Options", value: "DENY" }] },
      // no CSP here: config headers replace a handler's own, and every /embed/* handler sends a stricter
      // one (default-src 'none', its inline script and style by hash, frame-ancestors *), see app/embed/README.md
      { source: "/embed/:path*", headers: common },
    ];
  },
};

export default nextConfig;
