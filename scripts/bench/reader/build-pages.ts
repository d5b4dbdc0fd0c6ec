// Builds the benchmark's three pages into a directory: our reader (the real component bundled with
// esbuild), @recogito/text-annotator on the same data, and the naive <mark> page. All load the same
// data file and the workbench's global styles.
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { BenchData } from "./generate";
import { naiveHtml } from "./naive";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../../..");

const page = (title: string, css: string[], body: string, scripts: string[]) =>
  `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title}</title>` +
  css.map((c) => `<link rel="stylesheet" href="/${c}">`).join("") +
  `</head><body>${body}` +
  scripts.map((s) => `<script src="/${s}"></script>`).join("") +
  `</body></html>`;

export async function buildPages(dir: string, data: BenchData): Promise<{ naiveMarks: number }> {
  mkdirSync(dir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { harness: "scripts/bench/reader/harness.tsx", recogito: "scripts/bench/reader/recogito.ts" },
    outdir: dir,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    // Next's client modules (next/link, reached through the reader) read process.env flags that
    // Next's own bundler inlines; a page outside Next has no `process`, so they read as unset.
    define: { "process.env.NODE_ENV": '"production"', "process.env": "{}" },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
  copyFileSync(path.join(root, "app/globals.css"), path.join(dir, "globals.css"));
  // A plain object literal: V8 parses it about as fast as JSON.parse of a string.
  writeFileSync(path.join(dir, "data.js"), `window.__READER__=${JSON.stringify(data)};`);
  writeFileSync(
    path.join(dir, "reader.html"),
    page(
      "reader",
      ["globals.css", "harness.css"],
      '<main class="app-main"><div class="rd-page"><div class="page-head"><h1>Benchmark source (1 MB, 10,000 annotations)</h1></div><div id="reader-root" style="display:contents"></div></div></main>',
      ["data.js", "harness.js"],
    ),
  );
  writeFileSync(
    path.join(dir, "recogito.html"),
    page("recogito", ["globals.css", "recogito.css"], '<main class="app-main"><article id="text" class="reader-text"></article></main>', ["data.js", "recogito.js"]),
  );
  const naive = naiveHtml(data, '<link rel="stylesheet" href="/globals.css"><style>.naive{max-width:50rem;margin:auto;font-family:var(--font-reading);font-size:1.14rem;line-height:1.7}.naive p{white-space:pre-wrap}mark{background:rgb(250 220 90 / .35)}</style>');
  writeFileSync(path.join(dir, "naive.html"), naive.html);
  return { naiveMarks: naive.marks };
}
