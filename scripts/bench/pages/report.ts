// The per-page table of a phase and the plans of its slowest statements.
import { percentile } from "../scale/measure";
import type { PageResult } from "./measure-phase";

const n = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "-");

export function pageTable(results: PageResult[]): string[] {
  const head = ["page", "n", "ttfb p50", "ttfb p95", "html p95", "app cpu", "KB", "sql", "sql ms", "dcl p50", "tti p50", "tti p95"];
  const rows = results.map((r) => {
    if (r.error && !r.ttfb.length) return [r.visit.route, `FAILED: ${r.error.split("\n")[0]!.slice(0, 100)}`];
    if (!r.visit.url) return [r.visit.route, `not measured: ${r.visit.skipped}`];
    const sqlMs = r.statements.reduce((a, s) => a + s.ms, 0);
    return [
      r.visit.route + (r.visit.signedOut ? " (signed out)" : "") + (r.error ? " (browser FAILED)" : ""),
      String(r.ttfb.length),
      n(percentile(r.ttfb, 50)),
      n(percentile(r.ttfb, 95)),
      n(percentile(r.total, 95)),
      r.appCpu.some(Number.isFinite) ? (r.appCpu.reduce((a, b) => a + b, 0) / r.appCpu.length).toFixed(1) : "-",
      (r.bytes / 1024).toFixed(0),
      String(r.statements.length),
      sqlMs.toFixed(1),
      n(percentile(r.dcl, 50)),
      n(percentile(r.tti, 50)),
      n(percentile(r.tti, 95)),
    ];
  });
  const width = Math.max(...[head, ...rows].map((r) => r[0]!.length));
  const line = (cells: string[]) => (cells.length === 2 ? `${cells[0]!.padEnd(width)}  ${cells[1]}` : [cells[0]!.padEnd(width), ...cells.slice(1).map((c) => c.padStart(8))].join("  "));
  return [line(head), ...rows.map(line)];
}

/** The pages with server times (even if the browser then failed), slowest p95 first. */
export const bySlowest = (results: PageResult[]) =>
  results.filter((r) => r.ttfb.length).sort((a, b) => percentile(b.ttfb, 95) - percentile(a.ttfb, 95));

export function planReport(results: PageResult[]): string[] {
  return bySlowest(results).map(
    (r) =>
      `=== ${r.visit.url} (ttfb p95 ${n(percentile(r.ttfb, 95))} ms; ${r.statements.length} statements, slowest ${r.slowest ? `${r.slowest.ms.toFixed(1)} ms` : "-"}) ===\n${r.plan ?? "(no statement to explain)"}\n`,
  );
}
