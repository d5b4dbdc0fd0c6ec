// Benchmark of re-anchoring (npm run bench:anchoring): 500 word spans on the seed sources, three edit levels,
// ours against the Hypothesis client's quote matching, judged against tracked ground truth. What counts as correct,
// orphaned and wrong is defined in bench/anchoring/judge.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { quoteSpan, reanchor, type ReanchorResult } from "../lib/anchoring";
import { hypothesisReanchor } from "./bench/anchoring/baseline";
import { judge, Tally } from "./bench/anchoring/judge";
import { pickSpans } from "./bench/anchoring/pick-spans";
import { Prng } from "./bench/anchoring/prng";
import { LEVELS, revise } from "./bench/anchoring/revise";
import { scaleCheck } from "./bench/anchoring/scale";
import { render, tokenize, truthOf } from "./bench/anchoring/tokens";
import { SMALL, sized } from "./lib/bench-size";

const SPANS_PER_DOC = sized(100, 10);
// --verbose lists every wrong placement, --missed every orphan whose words survived; --seed=N draws other spans
// and other revisions (the default is the one reported); --no-scale skips the 1 MB check (as --small does).
const verbose = process.argv.includes("--verbose");
const showMissed = process.argv.includes("--missed");
const seed = Number(process.argv.find((a) => a.startsWith("--seed="))?.slice(7) ?? 0);

const dir = path.join(process.cwd(), "seeds/sources");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => tokenize(readFileSync(path.join(dir, f), "utf8")));
const spansByDoc = docs.map((doc, i) => pickSpans(doc, SPANS_PER_DOC, new Prng(1988 + i + 7919 * seed)));

const rows: { level: string; ours: Tally; base: Tally }[] = [];
for (const [li, level] of LEVELS.entries()) {
  const ours = new Tally();
  const base = new Tally();
  docs.forEach((doc, di) => {
    const old = render(doc);
    const revision = revise(doc, level, new Prng(100 * (li + 1) + di + 7919 * seed));
    const next = render(revision);
    const spans = spansByDoc[di] ?? [];
    const anchors = spans.map((s) => ({ start: old.starts[s.first] ?? 0, end: old.ends[s.last] ?? 0 }));
    let t0 = performance.now();
    const mine = reanchor(old.text, next.text, anchors);
    ours.ms += performance.now() - t0;
    t0 = performance.now();
    const theirs = anchors.map((a) => hypothesisReanchor(next.text, quoteSpan(old.text, a.start, a.end)));
    base.ms += performance.now() - t0;
    const truthFor = truthOf(revision, next);
    spans.forEach((span, k) => {
      const truth = truthFor(span);
      const [a, b] = [mine[k], theirs[k]] as [ReanchorResult, ReanchorResult];
      const verdict = judge(a, truth);
      ours.add(verdict);
      base.add(judge(b, truth));
      if ((verbose && verdict === "wrong") || (showMissed && verdict === "missed")) {
        const got = a.status === "placed" ? JSON.stringify(next.text.slice(a.start, a.end)) : "-";
        console.log(`${verdict.toUpperCase()} ${level.name} doc${di} ${JSON.stringify(old.text.slice(anchors[k]?.start, anchors[k]?.end))} -> ${got} truth ${truth ? JSON.stringify(next.text.slice(truth.start, truth.end)) : "deleted"} ${JSON.stringify(a)}`);
      }
    });
  });
  rows.push({ level: level.name, ours, base });
}

const f = (x: number) => x.toFixed(3);
const HEADER = ["level", "engine", "correct", "placed_ok", "orphaned", "(missed)", "wrong", "(n)", "time_ms"];
console.log(HEADER.map((h, i) => h.padEnd(i < 2 ? (i ? 10 : 7) : 9)).join(" ").trimEnd());
for (const { level, ours, base } of rows) {
  for (const [name, t] of [["ours", ours], ["hypothesis", base]] as const) {
    const cells = [f(t.correct), f(t.share("placed_ok")), f(t.orphaned), f(t.share("missed")), f(t.share("wrong")), String(t.counts.wrong), t.ms.toFixed(1)];
    console.log(`${level.padEnd(7)} ${name.padEnd(10)} ${cells.map((c) => c.padEnd(9)).join(" ").trimEnd()}`);
  }
}
if (!process.argv.includes("--no-scale") && !SMALL) {
  const scale = scaleCheck(docs, seed, verbose);
  console.log(
    `scale: ${(scale.chars / 1e6).toFixed(2)} MB, ${scale.tally.total} anchors, light edits: ${scale.tally.ms.toFixed(0)} ms, correct=${f(scale.tally.correct)} orphaned=${f(scale.tally.orphaned)} wrong=${scale.tally.counts.wrong}`,
  );
}

const at = (name: string) => rows.find((r) => r.level === name)?.ours.correct ?? 0;
const oursMs = rows.reduce((a, r) => a + r.ours.ms, 0);
const baseMs = rows.reduce((a, r) => a + r.base.ms, 0);
const wrong = rows.reduce((a, r) => a + r.ours.counts.wrong, 0);
const baseWrong = rows.reduce((a, r) => a + r.base.counts.wrong, 0);
console.log(
  `bench anchoring: light_correct=${f(at("light"))} medium_correct=${f(at("medium"))} heavy_correct=${f(at("heavy"))} wrong=${wrong} time_ms=${oursMs.toFixed(0)} baseline_wrong=${baseWrong} ratio=${(oursMs / baseMs).toFixed(2)}`,
);
