// One phase of the benchmark (the demo project, or the project at scale): every page's server time
// over repeated requests, its time to interactive in Chromium, then each page once more with the
// database logging its statements, and the plan of each page's slowest statement.
import type { BrowserContext } from "@playwright/test";
import { percentile } from "../scale/measure";
import type { PageVisit } from "./page-urls";
import { processTreeCpuMs } from "./reader-phase";
import { timeHealth, timePage } from "./server-time";
import { explainStatement, isExplainable, type LoggedStatement, parseStatementLog, type ServerLog, startStatementLog } from "./statement-log";
import { timeToInteractive } from "./time-to-interactive";

export interface PageResult {
  visit: PageVisit;
  ttfb: number[];
  total: number[];
  /** CPU time (ms) of the app's processes during each timed request: load raises wall time, far less this. */
  appCpu: number[];
  bytes: number;
  tti: number[];
  /** The browser's DOMContentLoaded, beside each time to interactive. */
  dcl: number[];
  statements: LoggedStatement[];
  slowest?: LoggedStatement;
  plan?: string;
  error?: string;
}

export interface PhaseOptions {
  baseUrl: string;
  databaseUrl: string;
  serverLog: ServerLog;
  cookie: string;
  signedIn: BrowserContext;
  signedOut: BrowserContext;
  warmup: number;
  repetitions: number;
  /** A page stops repeating after this long (at least 5 requests), so one slow page cannot eat the run. */
  pageBudgetMs: number;
  ttiRuns: number;
  quietMs: number;
  /** Browser visits at once: 1 for figures; more only in the small mode, whose figures mean nothing. */
  ttiConcurrency: number;
  /** /api/health samples, one after each timed page request, so the floor shares the run's noise. */
  health: number[];
  /** The app's process (its workers are below it), for CPU time per request. */
  appPid?: number;
  log: (line: string) => void;
}

const fail = (r: PageResult, error: unknown, log: (line: string) => void) => {
  r.error = error instanceof Error ? error.message : String(error);
  log(`${r.visit.url}: FAILED ${r.error}`);
};

async function timeServer(r: PageResult, url: string, o: PhaseOptions): Promise<void> {
  const cookie = r.visit.signedOut ? null : o.cookie;
  try {
    for (let i = 0; i < o.warmup; i++) await timePage(o.baseUrl, url, cookie);
    const started = performance.now();
    for (let i = 0; i < o.repetitions && (i < 5 || performance.now() - started < o.pageBudgetMs); i++) {
      const cpu = o.appPid ? processTreeCpuMs(o.appPid) : NaN;
      const s = await timePage(o.baseUrl, url, cookie);
      r.appCpu.push(o.appPid ? processTreeCpuMs(o.appPid) - cpu : NaN);
      r.ttfb.push(s.ttfbMs);
      r.total.push(s.totalMs);
      r.bytes = s.bytes;
      o.health.push(await timeHealth(o.baseUrl));
    }
    o.log(`${url.padEnd(70)} ${String(r.ttfb.length).padStart(3)} requests, ttfb p50 ${percentile(r.ttfb, 50).toFixed(0).padStart(5)} ms, p95 ${percentile(r.ttfb, 95).toFixed(0).padStart(5)} ms`);
  } catch (error) {
    fail(r, error, o.log);
  }
}

async function timeBrowser(r: PageResult, url: string, o: PhaseOptions): Promise<void> {
  try {
    for (let i = 0; i < o.ttiRuns; i++) {
      const s = await timeToInteractive(r.visit.signedOut ? o.signedOut : o.signedIn, o.baseUrl, url, o.quietMs);
      r.tti.push(s.ttiMs);
      r.dcl.push(s.domContentLoadedMs);
    }
  } catch (error) {
    fail(r, error, o.log);
  }
}

/** Each page once with statement logging on; each page's statements and the plan of its slowest. */
async function recordStatements(results: PageResult[], o: PhaseOptions): Promise<void> {
  const measured = results.filter((r) => r.ttfb.length && r.visit.url);
  const log = await startStatementLog(o.databaseUrl, o.serverLog);
  let text = "";
  try {
    for (const [i, r] of measured.entries()) {
      await log.mark(i);
      // A failure here is already the page's recorded failure or a new one; the other pages go on.
      await timePage(o.baseUrl, r.visit.url!, r.visit.signedOut ? null : o.cookie).catch((error: unknown) => fail(r, error, o.log));
    }
    await log.mark(measured.length);
  } finally {
    text = await log.stop();
  }
  const byMark = parseStatementLog(text);
  for (const [i, r] of measured.entries()) {
    r.statements = byMark.get(i) ?? [];
    r.slowest = r.statements.filter(isExplainable).reduce<LoggedStatement | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
    if (r.slowest) r.plan = await explainStatement(o.databaseUrl, r.slowest, r.statements);
  }
}

export async function measurePhase(visits: PageVisit[], o: PhaseOptions): Promise<PageResult[]> {
  const results: PageResult[] = visits.map((visit) => ({ visit, ttfb: [], total: [], appCpu: [], bytes: 0, tti: [], dcl: [], statements: [] }));
  for (const r of results) if (r.visit.url) await timeServer(r, r.visit.url, o);
  const queue = results.filter((r) => r.visit.url && !r.error);
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) await timeBrowser(r, r.visit.url!, o);
  };
  await Promise.all(Array.from({ length: o.ttiConcurrency }, worker));
  o.log(`time to interactive measured on ${results.filter((r) => r.tti.length).length} pages`);
  await recordStatements(results, o);
  return results;
}
