import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { GET as GET_MAIN } from "@/app/pdfjs/[version]/pdf.mjs/route";
import { GET } from "@/app/pdfjs/[version]/pdf.worker.mjs/route";
import { asciiScript } from "@/lib/pdf-view/ascii-script";
import { pdfjsVersion, pdfMainPath, pdfMainScript, pdfWorkerPath, pdfWorkerScript } from "@/lib/pdf-view/pdf-worker-file";

const installed = createRequire(import.meta.url)("pdfjs-dist/package.json") as { version: string };
const ask = (version: string) => GET(new Request(`http://localhost/pdfjs/${version}/pdf.worker.mjs`), { params: Promise.resolve({ version }) });

describe("pdf.js's worker as the reader's page loads it", () => {
  it("is addressed by the installed pdf.js's version", () => {
    expect(pdfjsVersion).toBe(installed.version);
    expect(pdfWorkerPath).toBe(`/pdfjs/${installed.version}/pdf.worker.mjs`);
  });

  it("is the package's worker in ASCII, served as JavaScript and cached for good", async () => {
    const res = await ask(pdfjsVersion);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const body = await res.text();
    const original = readFileSync(createRequire(import.meta.url).resolve("pdfjs-dist/build/pdf.worker.min.mjs"), "utf8");
    expect(body).toBe(asciiScript(original));
    expect(body).toBe(pdfWorkerScript());
    expect(body).not.toMatch(/[^\x00-\x7f]/);
  });

  it("is not found under another version (an old page's address is not answered with new code)", async () => {
    const res = await ask("1.0.0");
    expect(res.status).toBe(404);
  });
});

const askMain = (version: string) => GET_MAIN(new Request(`http://localhost/pdfjs/${version}/pdf.mjs`), { params: Promise.resolve({ version }) });

describe("pdf.js's main module as the reader's page loads it", () => {
  it("is the package's main module in ASCII beside the worker, served as JavaScript and cached for good", async () => {
    expect(pdfMainPath).toBe(`/pdfjs/${installed.version}/pdf.mjs`);
    const res = await askMain(pdfjsVersion);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const body = await res.text();
    const original = readFileSync(createRequire(import.meta.url).resolve("pdfjs-dist/build/pdf.min.mjs"), "utf8");
    expect(body).toBe(asciiScript(original));
    expect(body).toBe(pdfMainScript());
    expect(body).not.toBe(pdfWorkerScript());
    expect(body).not.toMatch(/[^\x00-\x7f]/);
  });

  it("is not found under another version", async () => {
    expect((await askMain("1.0.0")).status).toBe(404);
  });
});
