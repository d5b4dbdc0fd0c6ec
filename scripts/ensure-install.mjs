// Installs dependencies when node_modules is missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone. Uses only Node built-ins.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function ensureInstall() {
  const marker = "node_modules/.package-lock.json";
  const stale = !existsSync(marker) || !existsSync("lib/db/generated/client.ts") || statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log("[workbench] installing dependencies (npm install)");
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureInstall();
