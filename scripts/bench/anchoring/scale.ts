// The scale check: a ~1 MB document with 10,000 anchors, lightly edited, re-anchored in one call.
import { reanchor } from "../../../lib/anchoring";
import { judge, Tally } from "./judge";
import { pickSpans } from "./pick-spans";
import { Prng } from "./prng";
import { LEVELS, revise } from "./revise";
import { render, truthOf, type Doc } from "./tokens";

export function scaleCheck(seeds: Doc[], seed = 0, verbose = false, targetChars = 1_000_000, anchorCount = 10_000): { chars: number; tally: Tally } {
  const rng = new Prng(7 + 7919 * seed);
  const heavy = LEVELS.find((l) => l.name === "heavy");
  const light = LEVELS.find((l) => l.name === "light");
  if (!heavy || !light) throw new Error("levels missing");
  // Varied copies of the seeds (heavy word-level edits, no paragraph changes), so the text is long but not one
  // passage repeated verbatim: closer to a real archive of related articles.
  const big: Doc = { lead: "", tokens: [] };
  for (let chars = 0; chars < targetChars; ) {
    const copy = revise(rng.pick(seeds), { ...heavy, deletedParagraphs: 0 }, rng);
    const last = copy.tokens[copy.tokens.length - 1];
    if (last) last.sep = "\n\n";
    for (const t of copy.tokens) {
      big.tokens.push({ ...t, id: big.tokens.length });
      chars += t.text.length + t.sep.length;
    }
  }
  const old = render(big);
  const spans = pickSpans(big, anchorCount, rng);
  const revision = revise(big, light, rng);
  const next = render(revision);
  const anchors = spans.map((s) => ({ start: old.starts[s.first] ?? 0, end: old.ends[s.last] ?? 0 }));
  const tally = new Tally();
  const t0 = performance.now();
  const results = reanchor(old.text, next.text, anchors);
  tally.ms = performance.now() - t0;
  const truthFor = truthOf(revision, next);
  results.forEach((r, i) => {
    const span = spans[i];
    if (!span) return;
    const truth = truthFor(span);
    const verdict = judge(r, truth);
    tally.add(verdict);
    if (verbose && verdict === "wrong" && r.status === "placed") {
      const was = old.text.slice(anchors[i]?.start, anchors[i]?.end);
      const now = truth ? next.text.slice(truth.start, truth.end) : "deleted";
      console.log(`WRONG scale ${JSON.stringify(was)} -> ${JSON.stringify(next.text.slice(r.start, r.end))} truth ${JSON.stringify(now)} ${JSON.stringify(r)} old ${JSON.stringify(old.text.slice((anchors[i]?.start ?? 0) - 60, (anchors[i]?.end ?? 0) + 60))} new ${JSON.stringify(next.text.slice(r.start - 60, r.end + 60))}`);
    }
  });
  return { chars: old.text.length, tally };
}
