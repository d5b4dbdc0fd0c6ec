import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { asciiScript } from "./ascii-script";

const run = (source: string): unknown => runInNewContext(source);

describe("asciiScript", () => {
  it("leaves an ASCII script as it is", () => {
    const s = 'const a = "x"; /* é */ a + `y`';
    expect(asciiScript("const a = 1;")).toBe("const a = 1;");
    expect(asciiScript(s)).not.toMatch(/[^\x00-\x7f]/);
  });

  it("gives scripts that compute the same values: strings, templates, regular expressions, identifiers, astral characters", () => {
    const cases = [
      '"þÿ" + "\\u00ef"',
      "`ï${1}Â`",
      '/[ÿ-ǿ]+/.exec("aÿþb")[0]',
      '/ب/u.test("ب")',
      "const ï = 3; ï * 2",
      '"𝔄 عربی فارسی".length',
      '"𝔄".codePointAt(0)',
      "// ÿ comment\n1",
    ];
    for (const source of cases) {
      const escaped = asciiScript(source);
      expect(escaped).not.toMatch(/[^\x00-\x7f]/);
      expect(run(escaped)).toEqual(run(source));
    }
  });

  it("keeps pdf.js's own worker a module that loads: ASCII, the same length but for the escapes", async () => {
    const file = createRequire(import.meta.url).resolve("pdfjs-dist/build/pdf.worker.min.mjs");
    const source = readFileSync(file, "utf8");
    const escaped = asciiScript(source);
    expect(escaped).not.toMatch(/[^\x00-\x7f]/);
    const wide = source.match(/[^\x00-\x7f]/g) ?? [];
    expect(wide.length).toBeGreaterThan(0);
    expect(escaped.length).toBe(source.length + 5 * wide.length);
    const dir = mkdtempSync(path.join(tmpdir(), "ascii-worker-"));
    try {
      writeFileSync(path.join(dir, "worker.mjs"), escaped);
      const worker = (await import(pathToFileURL(path.join(dir, "worker.mjs")).href)) as { WorkerMessageHandler?: unknown };
      expect(typeof worker.WorkerMessageHandler).toBe("function");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
