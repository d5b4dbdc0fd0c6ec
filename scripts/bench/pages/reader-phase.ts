// The reader-page part of bench:pages: bench:reader's 1 MB source and 10,000 annotations written into
// the demo project, then cold visits as its signed-in owner (reader-page.ts). Besides the two wall
// times, which this busy machine makes noisy, it counts what does not depend on the noise: the bytes
// the browser received until the first highlights, the browser's main-thread busy time, and the CPU
// time the app processes spent on the visit.
// BENCH_READER_PROFILE=<dir> also writes a Chromium CPU profile of one more visit there.
import { readdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "@playwright/test";
import { percentile } from "../scale/measure";
import { loadReaderSource, type ReaderVisit, visitReader } from "./reader-page";

export interface ReaderPhaseResult {
  visits: ReaderVisit[];
  ttfbMs: number;
  paintedMs: number;
  bytes: number;
  browserCpuMs: number;
  serverCpuMs: number;
}

/** CPU time (user + system, ms) of `pid` and every process below it, from /proc. */
export function processTreeCpuMs(pid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name, which may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we read
    }
  }
  const inTree = (p: number): boolean => {
    for (let at = p, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === pid) return true;
      at = stats.get(at)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [p, s] of stats) if (inTree(p)) ticks += s.ticks;
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

export async function measureReaderPage(options: {
  baseUrl: string;
  databaseUrl: string;
  appPid: number;
  projectId: string;
  browser: Browser;
  signedIn: BrowserContext;
  size: { length: number; annotations: number };
  runs: number;
}): Promise<ReaderPhaseResult & { length: number; annotations: number }> {
  const reader = await loadReaderSource(options.databaseUrl, options.projectId, options.size);
  const url = `${options.baseUrl}/projects/${options.projectId}/documents/${reader.documentId}`;
  await visitReader(options.browser, options.signedIn, url); // warm-up: the server's first render of this page
  const visits: ReaderVisit[] = [];
  for (let i = 0; i < options.runs; i++) {
    const before = processTreeCpuMs(options.appPid);
    const visit = await visitReader(options.browser, options.signedIn, url);
    visits.push({ ...visit, serverCpuMs: processTreeCpuMs(options.appPid) - before });
  }
  const profileDir = process.env.BENCH_READER_PROFILE;
  if (profileDir) await visitReader(options.browser, options.signedIn, url, { profileDir });
  const median = (f: (v: ReaderVisit) => number) => percentile(visits.map(f), 50);
  return {
    length: reader.length,
    annotations: reader.annotations,
    visits,
    ttfbMs: median((v) => v.responseStartMs),
    paintedMs: median((v) => v.paintedMs),
    bytes: median((v) => v.bytes),
    browserCpuMs: median((v) => v.browserCpuMs),
    serverCpuMs: median((v) => v.serverCpuMs ?? NaN),
  };
}
