// The last step of `npm test`: every benchmark, crash and soak script in package.json run in its small
// mode (`-- --small`, seconds each), so none can stop working unnoticed. A script passes when it exits
// 0 and its last summary line is there (`bench <name>: … ratio=…`, `crash demo: …`, `soak fuzz: …`).
// A new `bench:*` script is picked up here by its name alone: it must take `--small` from the start.
// Runs after the browser tests, whose production build the server-driven ones (load, crash) reuse.
import { spawn } from "node:child_process";
import { benchmarkScripts } from "./lib/benchmark-scripts.mjs";

const LIMIT_MS = 10 * 60_000;
const scripts = benchmarkScripts();
const only = process.argv.slice(2);
const chosen = only.length ? scripts.filter((name) => only.includes(name)) : scripts;

/** `bench:load` → /^bench load: .*ratio=[\d.]+/; `crash:demo` → /^crash demo: /. */
function summaryPattern(name) {
  const [kind, rest] = name.split(":");
  const label = rest.replace(/[-.]/g, "[-. ]");
  return new RegExp(`^${kind} ${label}: .*${kind === "bench" ? "ratio=-?[\\d.]+(e[-+]?\\d+)?" : "="}`, "m");
}

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("npm", ["run", "--silent", name, "--", "--small"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    const keep = (chunk) => (output = (output + chunk).slice(-200_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      output += `\n[killed after ${LIMIT_MS / 1000} s]`;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, LIMIT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      const summary = output.split("\n").find((line) => summaryPattern(name).test(line));
      resolve({ name, code, seconds: (Date.now() - started) / 1000, summary, output });
    });
  });
}

let failed = 0;
for (const name of chosen) {
  const result = await run(name);
  const ok = result.code === 0 && result.summary;
  console.log(`${ok ? "ok  " : "FAIL"} ${name} --small (${result.seconds.toFixed(1)} s): ${result.summary ?? `exit ${result.code}, no summary line`}`);
  if (!ok) {
    failed += 1;
    console.log(result.output.split("\n").slice(-40).map((line) => `     | ${line}`).join("\n"));
  }
}
console.log(`benchmark small modes: ${chosen.length - failed} of ${chosen.length} ran to their summary line`);
process.exit(failed ? 1 : 0);
