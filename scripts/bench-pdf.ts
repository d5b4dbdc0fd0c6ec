// npm run bench:pdf — PDF sources end to end on this machine. The reader: a 200-page two-column
// report (every tenth page Persian, printed by Chromium) with 2,000 annotations, time to its first
// page with highlights against pdf.js's own viewer drawing that page in the same run.
// `--small` runs a short report once (what the test suite runs). Ends with one summary line.
import { runReaderBench } from "./bench/pdf-reader/run";

async function main(): Promise<void> {
  const small = process.argv.includes("--small");
  const reader = await runReaderBench({ small });
  for (const line of reader.lines) console.log(line);
  const f = reader.figures;
  // A first page drawn without its highlights is not what is measured: fail rather than report it.
  if (!f.highlights_on_first_page) throw new Error("the reader drew its first page without highlights");
  console.log(`bench pdf: first_page_ms=${f.first_page_ms} pdfjs_first_page_ms=${f.pdfjs_first_page_ms} highlights_on_first_page=${f.highlights_on_first_page} ratio=${reader.ratio.toFixed(2)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
