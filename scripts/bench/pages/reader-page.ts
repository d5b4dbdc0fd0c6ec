// The real reader page at the reader benchmark's size: the same generated 1 MB source and 10,000
// annotations (scripts/bench/reader/generate.ts) written into the demo project, then the page opened
// as the signed-in owner in headless Chromium, each visit in a fresh browser context (nothing cached,
// as on a first visit). Per visit: the browser's time to the first byte of the HTML, and the
// reader's own mark `reader:highlights-painted` (lib/reader/viewport-highlights.ts), both from the
// start of navigation. The harness benchmark (bench:reader) times the component alone; this is the
// page with the server, the session, the HTML and its payload in front of it.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Browser } from "@playwright/test";
import postgres from "postgres";
import { generate } from "../reader/generate";
import { CopyStream } from "../scale/copy";

const DOCUMENT = ["id", "projectId", "title", "text", "sha256", "length", "version", "format", "language", "createdById", "lineageId"];
const ANNOTATION = ["id", "projectId", "documentId", "lineageId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "createdById"];
const ANCHOR = ["projectId", "annotationId", "documentId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "confidence", "method", "createdById"];

export interface ReaderSource {
  documentId: string;
  length: number;
  annotations: number;
}

/** Writes the generated source and its annotations (authors spread over the project's members). */
export async function loadReaderSource(databaseUrl: string, projectId: string, size: { length: number; annotations: number }): Promise<ReaderSource> {
  const data = generate(size.length, size.annotations);
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  try {
    const members = await sql<{ userId: string }[]>`SELECT "userId" FROM "Membership" WHERE "projectId" = ${projectId} ORDER BY "userId"`;
    if (!members.length) throw new Error(`project ${projectId} has no members`);
    const id = `doc_reader_bench_${size.annotations}`;
    const owner = members[0]!.userId;
    const sha256 = createHash("sha256").update(data.text, "utf8").digest("hex");
    const docs = await CopyStream.open(sql, "Document", DOCUMENT);
    await docs.row([id, projectId, "Reader benchmark: a 1 MB source with 10,000 annotations", data.text, sha256, data.text.length, 1, "text", "en", owner, id]);
    await docs.end();
    const annotations = await CopyStream.open(sql, "Annotation", ANNOTATION);
    const anchors = await CopyStream.open(sql, "AnnotationAnchor", ANCHOR);
    for (const [aid, start, end, person] of data.table.rows) {
      const exact = data.text.slice(start, end);
      const prefix = data.text.slice(Math.max(0, start - 32), start);
      const suffix = data.text.slice(end, end + 32);
      const by = members[person % members.length]!.userId;
      await annotations.row([aid, projectId, id, id, start, end, exact, prefix, suffix, start, end, by]);
      await anchors.row([projectId, aid, id, start, end, exact, prefix, suffix, start, end, 1, "created", by]);
    }
    await Promise.all([annotations.end(), anchors.end()]);
    await sql`ANALYZE "Document", "Annotation", "AnnotationAnchor"`;
    return { documentId: id, length: data.text.length, annotations: data.table.rows.length };
  } finally {
    await sql.end();
  }
}

export interface ReaderVisit {
  /** The browser's time to the first byte of the HTML. */
  responseStartMs: number;
  /** The reader's `reader:highlights-painted` mark. */
  paintedMs: number;
  htmlBytes: number;
  /** Every response's bytes on the wire (headers and body) until the first highlights. */
  bytes: number;
  /** The page's main-thread task time until the first highlights (Chromium's TaskDuration). */
  browserCpuMs: number;
  /** The app processes' CPU time over the visit (filled in by the caller, which knows them). */
  serverCpuMs?: number;
}

/**
 * One cold visit to `url` (absolute): a new context carrying only the session's cookies.
 * `profileDir`: also writes the page's JavaScript CPU profile there (reader-page-<time>.cpuprofile).
 */
export async function visitReader(browser: Browser, signedIn: BrowserContext, url: string, options: { profileDir?: string } = {}): Promise<ReaderVisit> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, storageState: await signedIn.storageState() });
  try {
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await cdp.send("Network.enable");
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
    if (options.profileDir) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    const res = await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    if (!res || res.status() !== 200) throw new Error(`${url}: the browser got ${res?.status() ?? "no answer"}`);
    await page.waitForFunction(() => performance.getEntriesByName("reader:highlights-painted").length > 0, undefined, { timeout: 120_000, polling: 20 });
    const { metrics } = await cdp.send("Performance.getMetrics");
    const bytesThen = bytes;
    if (options.profileDir) {
      const { profile } = await cdp.send("Profiler.stop");
      await mkdir(options.profileDir, { recursive: true });
      await writeFile(path.join(options.profileDir, `reader-page-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    }
    const html = await res.body();
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { responseStartMs: nav.responseStart, paintedMs: performance.getEntriesByName("reader:highlights-painted")[0]!.startTime };
    });
    const task = metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
    return { ...timing, htmlBytes: html.length, bytes: bytesThen, browserCpuMs: task * 1000 };
  } finally {
    await context.close();
  }
}
