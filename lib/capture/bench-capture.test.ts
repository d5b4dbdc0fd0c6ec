// `npm run bench:capture` in its small mode (two seed pages, one round): the script runs end to end —
// fixture site, authority, database, queue, worker — every capture reaches its article text, the
// baseline fetches the same resources, and it ends with its summary line. Speed itself is judged by
// the full benchmark, not here: this machine is shared.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("bench:capture --small", () => {
  it("runs and prints its summary line", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-capture.ts", "--small"], { encoding: "utf8", timeout: 280_000 });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    const summary = lines[lines.length - 1]!;
    const match = /^bench capture: pages=2 requests_per_page=(\d+) interval_ms=\d+ request_interval_ms=\d+ s_per_page_p50=([\d.]+) s_per_page_max=([\d.]+) baseline_s_per_page_p50=([\d.]+) ratio=([\d.]+)$/.exec(summary);
    expect(match, summary).not.toBeNull();
    const [, requests, p50, max, base, ratio] = match!.map(Number);
    // The page, its stylesheet and what that imports, font, background, script, icon, images.
    expect(requests).toBeGreaterThanOrEqual(7);
    expect(p50).toBeGreaterThan(0);
    expect(max).toBeGreaterThanOrEqual(p50!);
    expect(base).toBeGreaterThan(0);
    expect(Math.abs(ratio! - p50! / base!)).toBeLessThan(0.02 * (p50! / base!) + 0.02);
  }, 300_000);
});
