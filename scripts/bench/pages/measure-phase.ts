// One phase of the benchmark (the demo project, or the project at scale): every page's server time
// over repeated requests, its time to interactive in Chromium, then each page once more with the
// database logging its statements, and the plan of each page's slowest statement.
import type { BrowserContext } from "@playwright/test";
import { percentile } from "../scale/measure";
import type { PageVisit } from "./page-urls";
import { timeHealth, timePage } from "./server-time";
import { explainStatement, isExplainable, type LoggedStatement, readStatementLog, startStatementLog } from "./statement-log";
import { timeToInteractive } from "./time-to-interactive";

export interface PageResult {
  visit: PageVisit;
  ttfb: number[];
  total: number[];
  bytes: number;
  tti: number[];
  statements: LoggedStatement[];
  slowest?: LoggedStatement;
  plan?: string;
  error?: string;
}

export interface PhaseOptions {
  baseUrl: string;
  databaseUrl: string;
  dataDir: string;
  cookie: string;
  signedIn: BrowserContext;
  signedOut: BrowserContext;
  warmup: number;
  repetitions: number;
  ttiRuns: number;
  quietMs: number;
  /** /api/health samples, one after each timed page request, so the floor shares the run's noise. */
  health: number[];
  log: (line: string) => void;
}

async function measurePage(visit: PageVisit & { url: string }, o: PhaseOptions): Promise<PageResult> {
  const result: PageResult = { visit, ttfb: [], total: [], bytes: 0, tti: [], statements: [] };
  const cookie = visit.signedOut ? null : o.cookie;
  try {
    for (let i = 0; i < o.warmup; i++) await timePage(o.baseUrl, visit.url, cookie);
    for (let i = 0; i < o.repetitions; i++) {
      const s = await timePage(o.baseUrl, visit.url, cookie);
      result.ttfb.push(s.ttfbMs);
      result.total.push(s.totalMs);
      result.bytes = s.bytes;
      o.health.push(await timeHealth(o.baseUrl));
    }
    for (let i = 0; i < o.ttiRuns; i++) result.tti.push((await timeToInteractive(visit.signedOut ? o.signedOut : o.signedIn, o.baseUrl, visit.url, o.quietMs)).ttiMs);
    o.log(`${visit.url.padEnd(70)} ttfb p95 ${percentile(result.ttfb, 95).toFixed(0).padStart(5)} ms, tti p95 ${percentile(result.tti, 95).toFixed(0).padStart(5)} ms`);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    o.log(`${visit.url}: FAILED ${result.error}`);
  }
  return result;
}

/** Each page once with statement logging on; each page's statements and the plan of its slowest. */
async function recordStatements(results: PageResult[], o: PhaseOptions): Promise<void> {
  const measured = results.filter((r) => !r.error && r.visit.url);
  const log = await startStatementLog(o.databaseUrl);
  try {
    for (const [i, r] of measured.entries()) {
      await log.mark(i);
      await timePage(o.baseUrl, r.visit.url!, r.visit.signedOut ? null : o.cookie);
    }
  } finally {
    await log.stop();
  }
  const byMark = readStatementLog(o.dataDir);
  for (const [i, r] of measured.entries()) {
    r.statements = byMark.get(i) ?? [];
    r.slowest = r.statements.filter(isExplainable).reduce<LoggedStatement | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
    if (r.slowest) r.plan = await explainStatement(o.databaseUrl, r.slowest, r.statements);
  }
}

export async function measurePhase(visits: PageVisit[], o: PhaseOptions): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const visit of visits) {
    if (!visit.url) results.push({ visit, ttfb: [], total: [], bytes: 0, tti: [], statements: [] });
    else results.push(await measurePage({ ...visit, url: visit.url }, o));
  }
  await recordStatements(results, o);
  return results;
}
