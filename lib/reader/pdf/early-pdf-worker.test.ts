// The page's early script as the browser runs it (here with a stand-in Worker): it starts one
// worker, names the file, imports pdf.js's main module when given its address, and leaves each for
// the reader's code to take once. A failed import leaves the reader to load its own copy.
import { afterEach, describe, expect, it } from "vitest";
import { earlyPdfFile, earlyPdfScript, takeEarlyPdfJs, takeEarlyPdfWorker } from "./early-pdf-worker";

class FakeWorker {
  static started: { url: string; type: string }[] = [];
  constructor(url: string, options: { type: string }) {
    FakeWorker.started.push({ url, type: options.type });
  }
}

const g = globalThis as Record<string, unknown>;
const run = (script: string) => new Function("self", "Worker", script)(globalThis, FakeWorker);

afterEach(() => {
  delete g.__pdfEarly;
  FakeWorker.started = [];
});

describe("earlyPdfScript", () => {
  it("starts the worker once and names the file; the reader takes the worker once", () => {
    const script = earlyPdfScript("/pdfjs/5.6.205/pdf.worker.mjs", "/api/v1/documents/d1/artifact");
    run(script);
    run(script);
    expect(FakeWorker.started).toEqual([{ url: "/pdfjs/5.6.205/pdf.worker.mjs", type: "module" }]);
    expect(earlyPdfFile()).toBe("/api/v1/documents/d1/artifact");
    expect(takeEarlyPdfWorker()).toBeInstanceOf(FakeWorker);
    expect(takeEarlyPdfWorker()).toBeNull();
    // No main module asked for: the reader loads its own.
    expect(takeEarlyPdfJs()).toBeNull();
  });

  it("imports the main module from the address given, and a failed import resolves to null", async () => {
    const script = earlyPdfScript("/w.mjs", "/f.pdf", "/pdfjs/0.0.0/no-such-module.mjs");
    expect(script).toContain('import("/pdfjs/0.0.0/no-such-module.mjs")');
    run(script);
    const pdfjs = takeEarlyPdfJs();
    expect(pdfjs).toBeInstanceOf(Promise);
    await expect(pdfjs).resolves.toBeNull();
    expect(takeEarlyPdfJs()).toBeNull();
  });

  it("writes addresses as JSON strings, so a quote in one cannot end the script", () => {
    const script = earlyPdfScript("/w.mjs", '/f".pdf', "/m.mjs");
    run(script);
    expect(earlyPdfFile()).toBe('/f".pdf');
  });
});
