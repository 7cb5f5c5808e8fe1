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
};

export default nextConfig;
