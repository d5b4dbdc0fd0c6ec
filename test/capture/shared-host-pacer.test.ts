// Polite pacing across the app's processes: two job workers, each its own process, take capture jobs
// of one site from the shared queue at the same time, and the site (on 127.0.0.1) sees its requests
// spaced by the interval all the same, because both book their slots in the host's row in Postgres.
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { db } from "@/lib/db/client";
import { stopQueue } from "@/lib/jobs/queue";
import { captureSource } from "@/lib/sources/capture-source";
import { createTeam, type Team } from "@/test/support/fixtures";
import { startFixtureSite, type FixtureSite } from "@/test/support/capture/fixture-site";
import { SharedHostPacer } from "@/lib/capture/fetch/shared-host-pacer";

const INTERVAL_MS = 400;
let team: Team;
let site: FixtureSite;
const children: ChildProcess[] = [];
const finishedBy = new Map<string, string>();

function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/capture/capture-worker-process.ts"], {
    env: { ...process.env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (data: Buffer) => {
      const text = data.toString();
      for (const [, job] of text.matchAll(/job ([\w-]+): succeeded/g)) finishedBy.set(job!, String(child.pid));
      if (text.includes("worker ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
}

beforeAll(async () => {
  [site, team] = await Promise.all([startFixtureSite(), createTeam()]);
  process.env.CAPTURE_PRIVATE_ALLOWLIST = `127.0.0.1:${site.port}`;
  // Resources paced like pages here, so every request the site sees is INTERVAL_MS apart.
  process.env.CAPTURE_HOST_INTERVAL_MS = String(INTERVAL_MS);
  process.env.CAPTURE_REQUEST_INTERVAL_MS = String(INTERVAL_MS);
  delete process.env.TSA_URL;
  await Promise.all([startWorkerProcess(), startWorkerProcess()]);
}, 90_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await stopQueue();
  await site.close();
  delete process.env.CAPTURE_PRIVATE_ALLOWLIST;
  delete process.env.CAPTURE_HOST_INTERVAL_MS;
  delete process.env.CAPTURE_REQUEST_INTERVAL_MS;
});

describe("per-host pacing across processes", () => {
  it("spaces every request to one site by the interval while two worker processes capture from it at once", async () => {
    const access = await authorizeProject(team.annotator.id, team.projectId, "document.create");
    const from = site.log.length;
    const urls = site.pages.slice(0, 4).map((p) => `${site.origin}/articles/${p.slug}`);
    const jobs = await Promise.all(urls.map((url) => captureSource(access, { url })));
    const ids = jobs.map((j) => j.job.id);
    const until = Date.now() + 120_000;
    for (;;) {
      const rows = await db().sourceJob.findMany({ where: { id: { in: ids } }, select: { status: true, errorMessage: true } });
      if (rows.every((r) => r.status === "succeeded" || r.status === "failed") || Date.now() > until) {
        expect(rows.map((r) => [r.status, r.errorMessage])).toEqual(ids.map(() => ["succeeded", null]));
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Both processes worked: the jobs were split between them, so their requests could have overlapped.
    await new Promise((r) => setTimeout(r, 300));
    expect(new Set(ids.map((id) => finishedBy.get(id))).size).toBe(2);

    const seen = site.log.slice(from).map((l) => l.at);
    expect(seen.length).toBeGreaterThanOrEqual(4 * 8);
    const gaps = seen.slice(1).map((at, i) => at - seen[i]!);
    // The site's clock sees a request when it arrives, not when its slot starts: on a busy machine one
    // request can arrive late and the next on time, which narrows one gap by what widens the one
    // before. So the whole run must span every interval, the typical gap must be one, and narrow gaps
    // must stay rare; a burst (two processes not sharing their slots) fails all three.
    const sorted = [...gaps].sort((a, b) => a - b);
    expect(seen.at(-1)! - seen[0]!).toBeGreaterThanOrEqual((seen.length - 1) * INTERVAL_MS - 150);
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeGreaterThanOrEqual(INTERVAL_MS - 150);
    expect(gaps.filter((g) => g < INTERVAL_MS / 2).length).toBeLessThanOrEqual(Math.ceil(gaps.length / 10));
  }, 150_000);

  it("books slots one after another for concurrent callers and keeps hosts apart", async () => {
    const slept: number[] = [];
    const pacer = new SharedHostPacer(1_000, async (ms) => void slept.push(ms));
    const host = `pace-${Date.now()}.example`;
    await Promise.all([1, 2, 3].map((i) => pacer.wait(`https://${host}/${i}`)));
    await pacer.wait(`https://other-${host}/`);
    // The first caller goes at once; the next two wait about one and two intervals.
    expect(slept.map((ms) => Math.round(ms / 1000)).filter((s) => s > 0)).toEqual([1, 2]);
    const rows = await db().captureHostPace.findMany({ where: { host: { endsWith: host } } });
    expect(rows).toHaveLength(2);
  });

  it("spaces pages by the page interval, and a page's resources only by the request interval", async () => {
    const slept: number[] = [];
    const pacer = new SharedHostPacer(1_000, async (ms) => void slept.push(ms), 100);
    const host = `pages-${Date.now()}.example`;
    const at = (path: string) => `https://${host}/${path}`;
    await pacer.wait(at("a.html"), "page");
    await pacer.wait(at("a.css"), "resource");
    await pacer.wait(at("a.png"), "resource");
    // The next page waits out the first page's second, not only the last request's tenth of one.
    await pacer.wait(at("b.html"), "page");
    await pacer.wait(at("b.css"), "resource");
    // The first page goes at once (a wait of a fraction of a millisecond, between the database's clock readings, may still be slept).
    const tenths = slept.map((ms) => Math.round(ms / 100)).filter((t) => t > 0);
    expect(tenths).toHaveLength(4);
    expect(tenths[0]).toBe(1);
    expect(tenths[1]).toBe(2);
    expect(tenths[2]).toBeGreaterThanOrEqual(9);
    expect(tenths[2]).toBeLessThanOrEqual(10);
    expect(tenths[3]).toBeGreaterThanOrEqual(10);
    expect(tenths[3]).toBeLessThanOrEqual(11);
  });
});
