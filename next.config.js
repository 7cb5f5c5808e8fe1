/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver modules stay outside the server bundle and are loaded by Node.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2"],
  typescript: {
    // `npm test` type-checks the whole project once; the build need not repeat it.
    ignoreBuildErrors: true,
  },
  experimental: {
    serverActions: {
      // Next refuses a larger action body before parsing it. The largest real one is a lab item's save: a
      // share code (at most 200,000 ASCII characters, lib/sim/limits.ts) plus a written answer (20,000
      // characters, lib/text-limits.ts, up to 3 bytes each); an assignment with 20 long tasks is smaller.
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
