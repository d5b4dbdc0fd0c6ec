// npm run bench:capture — web captures end to end on a throwaway embedded PostgreSQL: the five seed
// articles served as their publishers' pages (chrome, stylesheet with an @import, font, images,
// script, icon) by a fixture site on 127.0.0.1, and a real timestamp authority (OpenSSL) beside it.
// Each page is asked for as the API does (captureSource: the job row, its event, the queue) and timed
// until its document's article text can be read (after one untimed warm-up capture); this process runs
// the job worker, as an app process does. The baseline, in the same run: plain fetches, one after another, of exactly the resources the
// capture requested (the site's own log), with nothing kept. ratio = our median seconds per page over
// the baseline's. Requests are paced per host as the deployment's defaults do: pages
// `--interval-ms` apart (CAPTURE_HOST_INTERVAL_MS, 1000), any two requests `--request-interval-ms`
// apart (CAPTURE_REQUEST_INTERVAL_MS, 100), so a page's resources add (requests - 1) × that.
// `--interval-ms 0 --request-interval-ms 0` gives the capture's own cost. Goal: at most 3 s per page.
import { parseArgs } from "node:util";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/open-database";
import { startFixtureSite } from "../test/support/capture/fixture-site";
import { startOpensslTsa } from "../test/support/capture/openssl-tsa";
import { SMALL } from "./lib/bench-size";

const { values: args } = parseArgs({ options: { small: { type: "boolean", default: false }, rounds: { type: "string" }, "interval-ms": { type: "string" }, "request-interval-ms": { type: "string" } } });
const ROUNDS = Number(args.rounds ?? (SMALL ? 1 : 4));
const INTERVAL_MS = Number(args["interval-ms"] ?? 1000);
const REQUEST_INTERVAL_MS = Number(args["request-interval-ms"] ?? 100);
const log = (line: string) => console.log(`  ${line}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const database = await openDatabase({ ephemeral: true });
const [site, tsa] = await Promise.all([startFixtureSite(), startOpensslTsa()]);
let code = 0;
try {
  process.env.DATABASE_URL = database.url;
  process.env.CAPTURE_PRIVATE_ALLOWLIST = `127.0.0.1:${site.port},127.0.0.1:${new URL(tsa.url).port}`;
  process.env.CAPTURE_HOST_INTERVAL_MS = String(INTERVAL_MS);
  process.env.CAPTURE_REQUEST_INTERVAL_MS = String(REQUEST_INTERVAL_MS);
  process.env.TSA_URL = tsa.url;
  await migrate(database.url);
  const { db, disconnectDb } = await import("../lib/db/client");
  const { startWorker } = await import("../lib/jobs/start-worker");
  const { captureSource } = await import("../lib/sources/capture-source");
  await db().$executeRaw`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ('usr_bench', 'bench@example.test', 'Bench', 'x')`;
  await db().$executeRaw`INSERT INTO "Project" ("id", "name", "createdById") VALUES ('prj_bench', 'Capture bench', 'usr_bench')`;
  await db().$executeRaw`INSERT INTO "Membership" ("projectId", "userId", "role") VALUES ('prj_bench', 'usr_bench', 'annotator')`;
  const access = { projectId: "prj_bench", userId: "usr_bench", role: "annotator" as const };
  const worker = await startWorker({ log: () => {} });

  // One capture first, untimed: a server has loaded the extractor and the WARC writer long before.
  const warm = await captureSource(access, { url: `${site.origin}/articles/${site.pages[0]!.slug}?warm-up` });
  for (let s = 0; ; s++) {
    const row = await db().sourceJob.findUniqueOrThrow({ where: { id: warm.job.id }, select: { status: true, errorMessage: true } });
    if (row.status === "succeeded") break;
    if (row.status === "failed" || s > 6000) throw new Error(`the warm-up capture did not succeed: ${row.errorMessage}`);
    await new Promise((r) => setTimeout(r, 10));
  }

  const pages = SMALL ? site.pages.slice(0, 2) : site.pages;
  console.log(`capture benchmark: ${pages.length} seed pages × ${ROUNDS} round(s) on 127.0.0.1, pages paced ${INTERVAL_MS} ms and requests ${REQUEST_INTERVAL_MS} ms apart per host, timestamps by OpenSSL`);
  const ours: number[] = [];
  const baseline: number[] = [];
  const requests: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of pages) {
      // A fresh address each round (the query string), so every capture makes a new document.
      const url = `${site.origin}/articles/${page.slug}?round=${round}`;
      const from = site.log.length;
      const t0 = performance.now();
      const { job } = await captureSource(access, { url });
      let text: string | null = null;
      for (;;) {
        const row = await db().sourceJob.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, documentId: true, errorMessage: true } });
        if (row.status === "failed") throw new Error(`capture of ${url} failed: ${row.errorMessage}`);
        if (row.status === "succeeded" && row.documentId) {
          text = (await db().document.findFirstOrThrow({ where: { id: row.documentId, projectId: access.projectId }, select: { text: true } })).text;
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      const seconds = (performance.now() - t0) / 1000;
      if (!text.includes(page.article[1] ?? page.title)) throw new Error(`the document of ${url} lacks its article`);
      const fetched = site.log.slice(from).map((l) => `${site.origin}${l.path}${l.path.startsWith("/articles/") ? `?round=${round}` : ""}`);

      const b0 = performance.now();
      for (const resource of fetched) await (await fetch(resource)).arrayBuffer();
      const baseSeconds = (performance.now() - b0) / 1000;
      ours.push(seconds);
      baseline.push(baseSeconds);
      requests.push(fetched.length);
      log(`${page.slug}: ${seconds.toFixed(3)} s to the article text (${fetched.length} requests); plain fetches ${baseSeconds.toFixed(3)} s`);
    }
  }
  await worker.stop();
  await disconnectDb();
  const p50 = median(ours);
  const base50 = median(baseline);
  const worst = Math.max(...ours);
  log(`per page: median ${p50.toFixed(3)} s, worst ${worst.toFixed(3)} s (goal: at most 3 s); plain fetches median ${base50.toFixed(3)} s`);
  if (worst > 3) log(`goal missed: the slowest capture took ${worst.toFixed(2)} s`);
  console.log(
    `bench capture: pages=${ours.length} requests_per_page=${median(requests)} interval_ms=${INTERVAL_MS} request_interval_ms=${REQUEST_INTERVAL_MS} s_per_page_p50=${p50.toFixed(3)} s_per_page_max=${worst.toFixed(3)} ` +
      `baseline_s_per_page_p50=${base50.toFixed(4)} ratio=${(p50 / base50).toFixed(2)}`,
  );
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await Promise.all([site.close(), tsa.close()]);
  await database.close();
}
process.exit(code);
