/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver modules stay outside the server bundle and are loaded by Node.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@node-rs/argon2",
  ],
  typescript: {
    // `npm test` type-checks the whole project once; the build need not repeat it.
    ignoreBuildErrors: true,
  },
  experimental: {
    serverActions: {
      // Next stops reading a larger action body before decoding it. SERVER_ACTION_BODY_BYTES in
      // lib/http/body-limits.ts says why this size; lib/http/body-limits.test.ts holds the two equal.
      bodySizeLimit: "512kb",
    },
  },
  // Headers every response carries, API and assets included. The page policy (CSP, HSTS) is in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // For browsers older than CSP's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
