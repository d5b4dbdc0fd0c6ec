// The browser tests use Debian's Chromium (Playwright's own download cannot run here).
// Installs it when missing and possible, otherwise says exactly what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium is not installed at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
    process.exit(1);
  }
  console.log("[test] installing Debian's chromium (apt-get, about a minute)");
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) {
      console.error("apt-get failed; run `apt-get update && apt-get install -y chromium` yourself.");
      process.exit(1);
    }
  }
}
