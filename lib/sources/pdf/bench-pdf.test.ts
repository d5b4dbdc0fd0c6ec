// `npm run bench:pdf` in its small mode (12 pages): the script runs end to end — the report is printed,
// extracted completely with its footers left out, and measured against bare pdf.js — and ends with
// its summary line. Speed itself is judged by the full benchmark, not here: this machine is shared.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("bench:pdf --small", () => {
  it("runs and prints its summary line", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-pdf.ts", "--small"], {
      encoding: "utf8",
      timeout: 280_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split("\n");
    const summary = lines[lines.length - 1]!;
    const match =
      /^bench pdf: pages=12 pages_per_s=([\d.]+) pages_per_cpu_s=([\d.]+) peak_rss_mb=(\d+) baseline_pages_per_s=([\d.]+) baseline_pages_per_cpu_s=([\d.]+) baseline_peak_rss_mb=(\d+) first_page_ms=(\d+) pdfjs_first_page_ms=(\d+) reader_ratio=([\d.]+) ratio=([\d.]+)$/.exec(
        summary,
      );
    expect(match, summary).not.toBeNull();
    const [, rate, cpuRate, rss, baseRate, baseCpuRate, , firstPage, pdfjsFirstPage, readerRatio, ratio] = match!.map(Number);
    expect(cpuRate).toBeGreaterThan(0);
    expect(baseCpuRate).toBeGreaterThan(0);
    expect(rate).toBeGreaterThan(0);
    expect(baseRate).toBeGreaterThan(0);
    expect(rss).toBeGreaterThan(0);
    // The ratio is ours over the baseline (up to the rounding of the printed figures).
    expect(Math.abs(ratio! - rate! / baseRate!)).toBeLessThan(0.1 * (rate! / baseRate!) + 0.01);
    // The reader drew the first page with highlights, and so did pdf.js's viewer, in the same run.
    expect(firstPage).toBeGreaterThan(0);
    expect(pdfjsFirstPage).toBeGreaterThan(0);
    expect(Math.abs(readerRatio! - firstPage! / pdfjsFirstPage!)).toBeLessThan(0.02 * (firstPage! / pdfjsFirstPage!) + 0.01);
  }, 300_000);
});
