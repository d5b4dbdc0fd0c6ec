// Latencies by kind of request, and the failures, of one load run.
import type { Failure } from "./http";

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export class Recorder {
  readonly byKind = new Map<string, number[]>();
  readonly failures: Failure[] = [];
  errors = 0;

  record(kind: string, ms: number): void {
    const xs = this.byKind.get(kind);
    if (xs) xs.push(ms);
    else this.byKind.set(kind, [ms]);
  }

  fail(failure: Failure): void {
    this.errors += 1;
    if (this.failures.length < 5) this.failures.push(failure);
  }

  count(kind: string): number {
    return this.byKind.get(kind)?.length ?? 0;
  }

  all(): number[] {
    return [...this.byKind.values()].flat().sort((a, b) => a - b);
  }

  rows(): { kind: string; count: number; p50: number; p95: number; p99: number; max: number }[] {
    return [...this.byKind.entries()].map(([kind, xs]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { kind, count: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.at(-1) ?? NaN };
    });
  }
}
