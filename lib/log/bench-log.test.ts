// npm run bench:log in its small mode: the summary line is printed and the figures are sane (the
// script itself checks that the sequenced root equals the one recomputed from every event).
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("bench:log --small sequences a log, proves from it and prints its summary line", () => {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-log.ts", "--small", "--events", "2000", "--proofs", "20"], { encoding: "utf8", env, timeout: 240_000 });
  expect(run.status, run.stderr).toBe(0);
  const summary = run.stdout.trim().split("\n").at(-1) ?? "";
  const m = /^bench log: events=2000 sequence_per_s=(\d+) inclusion_p50_ms=([\d.]+) .* ratio=([\d.]+)$/.exec(summary);
  expect(m, summary).not.toBeNull();
  expect(Number(m![1])).toBeGreaterThan(0);
  // A proof reads a few stored nodes; recomputing the root reads every event: far apart even at 2,000.
  expect(Number(m![3])).toBeLessThan(0.5);
}, 300_000);
