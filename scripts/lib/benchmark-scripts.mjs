// The package.json scripts `npm test` runs in their small mode: every benchmark, crash and soak script.
import { readFileSync } from "node:fs";

/** @param {string} packageJson the path of package.json */
export function benchmarkScripts(packageJson = "package.json") {
  return Object.keys(JSON.parse(readFileSync(packageJson, "utf8")).scripts).filter((name) => /^(bench|crash|soak):/.test(name));
}
