// npm run bench:reader — how fast the reader opens a 1 MB source with 10,000 annotations, against
// @recogito/text-annotator and naive <mark> wrapping, in headless Chromium on this machine. Our
// reader runs as the real component in a standalone harness page (bundled with esbuild, no server
// round trips), so the figures are the component's own. Ends with one summary line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildPages } from "./bench/reader/build-pages";
import { generate } from "./bench/reader/generate";
import { loadBaseline, loadOurs, resizeTest, scrollTest } from "./bench/reader/measure";
import { serveStatic } from "./bench/reader/serve-static";
import { sized } from "./lib/bench-size";

const RUNS = Number(process.env.BENCH_RUNS ?? sized(5, 1));
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? sized(2, 1));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(", ");

async function main(): Promise<void> {
  const data = sized(generate(), generate(50_000, 500));
  console.log(`source: ${data.text.length.toLocaleString("en")} UTF-16 units (${Buffer.byteLength(data.text).toLocaleString("en")} bytes UTF-8); ${data.table.rows.length.toLocaleString("en")} annotations, ${data.overlapping.toLocaleString("en")} of them nested in, crossing or enclosing another`);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-reader-"));
  const { naiveMarks } = await buildPages(dir, data);
  const { server, url } = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    console.log(`\nOUR reader (the real component in a standalone harness page, ${RUNS} cold loads):`);
    const loads = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, load } = await loadOurs(browser, `${url}/reader.html`);
      loads.push(load);
      console.log(`  run ${i + 1}: script start ${ms(load.scriptStart)}, highlights painted ${ms(load.painted)}, interactive ${ms(load.interactive)}, first contentful paint ${ms(load.fcp)}; ${load.blocks} blocks rendered, ${load.ranges} highlight ranges, ${load.domNodes} elements`);
      if (i === RUNS - 1) {
        const big = await scrollTest(page, 20, 3);
        const small = await scrollTest(page, 20, 0.5);
        const resize = await resizeTest(page);
        console.log(`  scroll, 20 jumps of 3 screens: to next frame ${list(big.toFrame)} ms; blocks covered the screen in that frame ${big.covered.filter(Boolean).length}/20; re-render script ${list(big.renders)} ms; long tasks ${big.longTasks}`);
        console.log(`  scroll, 20 steps of half a screen: to next frame median ${median(small.toFrame).toFixed(1)} ms, max ${Math.max(...small.toFrame).toFixed(1)} ms; covered ${small.covered.filter(Boolean).length}/20; re-renders ${small.renders.length}; long tasks ${small.longTasks}`);
        console.log(`  resize (6 width changes): re-layout ${list(resize.relayout)} ms; to the second frame after ${list(resize.toFrame)} ms`);
      }
      await page.context().close();
    }
    const painted = median(loads.map((l) => l.painted));
    const interactive = median(loads.map((l) => l.interactive));
    console.log(`  median: highlights painted ${ms(painted)}, interactive ${ms(interactive)}`);

    console.log(`\nBASELINE @recogito/text-annotator (default renderer, ${BASELINE_RUNS} cold loads):`);
    const recogito = [];
    for (let i = 0; i < BASELINE_RUNS; i++) {
      const r = await loadBaseline(browser, `${url}/recogito.html`, "baseline:highlights-painted");
      recogito.push(r.painted);
      console.log(`  run ${i + 1}: first highlights painted ${ms(r.painted)}; ${r.domNodes} elements`);
    }
    const baseline = median(recogito);

    console.log("\nNAIVE <mark> wrapping (whole text, nested marks for overlaps, 3 cold loads):");
    const naive = [];
    for (let i = 0; i < 3; i++) {
      const r = await loadBaseline(browser, `${url}/naive.html`, "naive:highlights-painted");
      naive.push(r.painted);
      console.log(`  run ${i + 1}: first frame with highlights ${ms(r.painted)}; ${r.domNodes} elements (${naiveMarks} <mark>)`);
    }
    console.log(`  median ${ms(median(naive))}`);

    console.log(`\nbench reader: first_paint_ms=${Math.round(painted)} interactive_ms=${Math.round(interactive)} baseline_first_paint_ms=${Math.round(baseline)} ratio=${(painted / baseline).toFixed(3)}`);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
