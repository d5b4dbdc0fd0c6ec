// The printed figures of the HTTP phase: latency by kind, throughput, CPU, what the app's database
// connections were doing, and the first failures with their bodies.
import { percentile, type Recorder } from "./latency";
import { KINDS, type Tally } from "./virtual-annotator";
import type { WaitProfile } from "./db-waits";

const ms = (x: number) => x.toFixed(1).padStart(8);

export interface HttpFigures {
  reqPerS: number;
  writesPerS: number;
  p50: number;
  p95: number;
  p99: number;
}

export function reportHttp(o: { recorder: Recorder; tally: Tally; elapsed: number; cpu: { app: number; client: number }; waits: WaitProfile }): HttpFigures {
  const { recorder, tally, elapsed } = o;
  console.log(`  ${"kind".padEnd(18)} ${"count".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}`);
  const rows = recorder.rows().sort((a, b) => KINDS.indexOf(a.kind as never) - KINDS.indexOf(b.kind as never));
  for (const r of rows) console.log(`  ${r.kind.padEnd(18)} ${String(r.count).padStart(7)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.max)}`);
  const all = recorder.all();
  const figures = {
    reqPerS: all.length / elapsed,
    writesPerS: (tally.annotations + tally.claims) / elapsed,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
  };
  console.log(`  ${"all".padEnd(18)} ${String(all.length).padStart(7)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)} ${ms(all.at(-1) ?? NaN)}`);
  console.log(`  throughput: ${figures.reqPerS.toFixed(1)} requests/s, ${figures.writesPerS.toFixed(1)} writes/s (${tally.annotations} annotations + ${tally.claims} claims created)`);
  const share = (s: number) => `${((100 * s) / elapsed).toFixed(0)}%`;
  console.log(`  CPU: app ${o.cpu.app.toFixed(1)} s (${share(o.cpu.app)} of a core), load client ${o.cpu.client.toFixed(1)} s (${share(o.cpu.client)})`);
  const states = o.waits.states.map(([k, n]) => `${k} ${n.toFixed(1)}`).join("; ");
  console.log(`  the app's database connections (mean of ${o.waits.samples} samples, ${o.waits.meanConnections.toFixed(1)} open): ${states}`);
  printBusyStatements(o.waits);
  console.log(`  errors: ${recorder.errors}`);
  for (const f of recorder.failures) console.log(`    ${f.kind}: ${f.what} -> ${f.status} ${f.body}`);
  return figures;
}

/** The statements the database was busiest in: mean active connections in each, the top five. */
export function printBusyStatements(waits: WaitProfile): void {
  for (const [statement, n] of waits.statements.slice(0, 5)) console.log(`    ${n.toFixed(2)} active in: ${statement}`);
}
