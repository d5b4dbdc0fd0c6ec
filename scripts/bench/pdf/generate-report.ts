// The benchmark's report: 200 A4 pages of two columns, every tenth page Persian, printed by Chromium.
// Printed once and kept in bench-results/ (git-ignored): printing is not what is measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { closePrinter, printReport } from "../../../test/support/pdf";

export async function generateReport(pages: number, persianEvery: number): Promise<Uint8Array> {
  const dir = path.join(process.cwd(), "bench-results");
  const file = path.join(dir, `pdf-report-${pages}p-fa${persianEvery}-v1.pdf`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  mkdirSync(dir, { recursive: true });
  try {
    const bytes = await printReport({ pages, persianEvery });
    writeFileSync(file, bytes);
    return bytes;
  } finally {
    await closePrinter();
  }
}
