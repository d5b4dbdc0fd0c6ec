// Judges a re-anchoring result against the ground truth and tallies outcomes per level.
//
// What "correct" means, precisely:
//  - the span's words survived (unchanged or edited): correct only if placed on exactly [start, end) of its first
//    to its last surviving word in the revision, edited letters and words inserted between them included;
//  - none of its words survived (deleted paragraph, deleted words): correct only if orphaned.
// Anything else that is placed is WRONG, even when off by one character; an orphan for surviving words is MISSED
// (not wrong: a person re-attaches it from the orphan queue). Both engines are judged by the same rules.
// "correct" in the summary = placed_ok + orphan_ok; "placed_ok" alone is also printed.
import type { ReanchorResult } from "../../../lib/anchoring";

export type Verdict = "placed_ok" | "orphan_ok" | "missed" | "wrong";

export function judge(result: ReanchorResult, truth: { start: number; end: number } | null): Verdict {
  if (result.status === "orphaned") return truth ? "missed" : "orphan_ok";
  return truth && result.start === truth.start && result.end === truth.end ? "placed_ok" : "wrong";
}

export class Tally {
  readonly counts: Record<Verdict, number> = { placed_ok: 0, orphan_ok: 0, missed: 0, wrong: 0 };
  ms = 0;

  add(v: Verdict) {
    this.counts[v] += 1;
  }

  get total() {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  /** Correct outcomes: placed on the right words, or orphaned when the words are gone. */
  get correct() {
    return (this.counts.placed_ok + this.counts.orphan_ok) / this.total;
  }

  share(v: Verdict) {
    return this.counts[v] / this.total;
  }

  get orphaned() {
    return (this.counts.orphan_ok + this.counts.missed) / this.total;
  }
}
