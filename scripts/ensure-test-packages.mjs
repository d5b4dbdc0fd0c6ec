// The Debian packages the tests need, installed when missing and possible (as root with apt-get),
// otherwise named with the command to run: Chromium (browser tests, and printing test PDFs; Playwright's
// own browser download cannot run here), Noto fonts (Persian and Arabic glyphs in those PDFs) and
// poppler-utils (pdftotext, the reference reading of right-to-left PDFs in the extraction tests).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const onPath = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const installed = (pkg) => spawnSync("dpkg", ["-s", pkg], { stdio: "ignore" }).status === 0;

const missing = [
  !existsSync(CHROMIUM) && "chromium",
  !installed("fonts-noto-core") && "fonts-noto-core",
  !onPath("pdftotext") && "poppler-utils",
].filter(Boolean);

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  if (!isRoot || !hasApt) {
    console.error(`The tests need ${missing.join(", ")}. Install with:\n  sudo ${command}\n(CHROMIUM_PATH may name another Chromium or Chrome executable.)`);
    process.exit(1);
  }
  console.log(`[test] installing Debian's ${missing.join(", ")} (apt-get, a minute or two)`);
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...missing]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) {
      console.error(`apt-get failed; run \`${command}\` yourself.`);
      process.exit(1);
    }
  }
}
