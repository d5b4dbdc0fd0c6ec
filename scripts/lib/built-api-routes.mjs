// The API's route handlers as the production build compiled them, for the app server to call
// directly (lib/http/serve-api-directly.js): every route file below the API's base in the build's
// app-paths manifest, loaded with require as Next loads it (so both share one module instance),
// with the methods it exports. Catch-all routes are left to Next: they answer paths no route has.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const require = createRequire(import.meta.url);

/**
 * @param {string} distDir the build's folder (.next)
 * @param {string} [base]
 * @returns {Promise<import("../../lib/http/serve-api-directly.js").DirectRoute[]>}
 */
export async function loadBuiltApiRoutes(distDir, base = "/api/v1") {
  /** @type {Record<string, string>} */
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8"));
  const baseSegments = base.split("/").filter(Boolean).length;
  const routes = [];
  for (const [page, file] of Object.entries(manifest)) {
    if (!page.startsWith(`${base}/`) || !page.endsWith("/route")) continue;
    const segments = page
      .slice(0, -"/route".length)
      .split("/")
      .filter((s) => s && !/^\(.*\)$/.test(s))
      .slice(baseSegments);
    if (segments.some((s) => s.startsWith("[...") || s.startsWith("[[..."))) continue;
    const { routeModule } = require(path.join(distDir, "server", file));
    await routeModule.ensureUserland();
    const userland = routeModule.userland;
    const handlers = Object.fromEntries(METHODS.filter((m) => typeof userland[m] === "function").map((m) => [m, userland[m]]));
    routes.push({ path: `/${segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`, methods: Object.keys(handlers), handlers });
  }
  return routes;
}
