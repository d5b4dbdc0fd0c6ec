// `npm test`: typecheck, lint, unit and integration tests on a real Postgres, browser tests, then every
// benchmark in its small mode (after the browser tests, whose production build they reuse).
import { spawnSync } from "node:child_process";
import { ensureInstall } from "./ensure-install.mjs";

ensureInstall();
const steps = [
  ["typecheck", ["run", "typecheck"]],
  ["lint", ["run", "lint"]],
  ["unit and integration tests", ["run", "test:unit"]],
  ["browser tests", ["run", "test:e2e"]],
  ["benchmarks in small mode", ["run", "test:benchmarks"]],
];
for (const [name, args] of steps) {
  console.log(`\n[test] ${name}`);
  const started = Date.now();
  const result = spawnSync("npm", args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[test] ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
