// Capturing web pages through the API, end to end on this machine: the fixture site and a real
// timestamp authority (OpenSSL) on 127.0.0.1, the job queue's worker, the document, its WACZ
// artifact, its custody and timestamp, re-verification, recapture and the guard's 400s.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getArtifact } from "@/app/api/v1/documents/[documentId]/artifact/route";
import { GET as verify } from "@/app/api/v1/documents/[documentId]/artifact/verify/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as getDocument } from "@/app/api/v1/documents/[documentId]/route";
import { GET as listEvents } from "@/app/api/v1/projects/[projectId]/events/route";
import { stampPendingCapture, TIMESTAMP_QUEUE } from "@/lib/capture/job/retry-timestamps";
import { sweepPendingTimestamps, TIMESTAMP_SWEEP_QUEUE } from "@/lib/capture/job/sweep-timestamps";
import { db } from "@/lib/db/client";
import { startFixtureSite, type FixtureSite } from "@/test/support/capture/fixture-site";
import { startOpensslTsa, type OpensslTsa } from "@/test/support/capture/openssl-tsa";
import { unzipEntries } from "@/lib/capture/verify/unzip-entries";
import { startWorker, type Worker } from "@/lib/jobs/start-worker";
import { call } from "@/test/support/api";
import { expectError } from "@/test/support/assertions";
import { callRaw } from "@/test/support/call-raw";
import { createTeam, type Team } from "@/test/support/fixtures";
import { waitForJob } from "@/test/support/upload";
import { POST } from "./route";

let team: Team;
let worker: Worker;
let site: FixtureSite;
let tsa: OpensslTsa;

beforeAll(async () => {
  [site, tsa, team] = await Promise.all([startFixtureSite(), startOpensslTsa(), createTeam()]);
  process.env.CAPTURE_PRIVATE_ALLOWLIST = `127.0.0.1:${site.port},127.0.0.1:${new URL(tsa.url).port}`;
  process.env.TSA_URL = tsa.url;
  process.env.CAPTURE_HOST_INTERVAL_MS = "0";
  worker = await startWorker({ log: () => {} });
}, 60_000);

afterAll(async () => {
  await worker.stop();
  await Promise.all([site.close(), tsa.close()]);
  delete process.env.CAPTURE_PRIVATE_ALLOWLIST;
  delete process.env.TSA_URL;
});

async function capture(url: string, token = team.annotator.token) {
  const res = await call(POST, { token, params: { projectId: team.projectId }, body: { url } });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect(res.body.job).toMatchObject({ kind: "capture-url", status: "queued" });
  const done = await waitForJob(token, res.body.job.id, 60_000);
  expect(done.body.status, JSON.stringify(done.body)).toBe("succeeded");
  return done.body as { documentId: string; outcome: string };
}

const eventsOf = async () =>
  (await call(listEvents, { token: team.owner.token, params: { projectId: team.projectId }, url: "/?limit=500" })).body.items as { type: string; subjectId: string; data: Record<string, unknown> }[];

describe("capturing a web page", () => {
  it("makes a document of the article, with a WACZ artifact, custody and a timestamp that OpenSSL verifies", async () => {
    const page = site.pages[4]!;
    const requested = `${site.origin}/r/${page.slug}`;
    const job = await capture(requested);
    expect(job.outcome).toBe("created");
    const doc = (await call(getDocument, { token: team.viewer.token, params: { documentId: job.documentId } })).body;
    expect(doc).toMatchObject({
      title: page.title,
      publisher: "MEK-Iran.com",
      author: "Staff Writer",
      language: "en",
      sourceUrl: `${site.origin}/articles/${page.slug}`,
      format: "web",
      artifact: { mediaType: "application/wacz" },
      capture: {
        requestedUrl: requested,
        finalUrl: `${site.origin}/articles/${page.slug}`,
        httpStatus: 200,
        timestamp: { tsa: tsa.url, genTime: expect.any(String), token: expect.any(String) },
        custody: { response: { remoteAddress: "127.0.0.1" }, requestedBy: { userId: team.annotator.id } },
      },
    });
    expect(doc.text.startsWith(page.title)).toBe(true);
    expect(doc.text).not.toContain("Copyright");

    const raw = await callRaw(getArtifact, { url: "/", token: team.viewer.token, params: { documentId: job.documentId } });
    expect(raw.status).toBe(200);
    const wacz = raw.bytes;
    expect(raw.headers.get("content-type")).toBe("application/wacz");
    const files = await unzipEntries(wacz);
    expect(files.has("archive/data.warc.gz")).toBe(true);

    const token = Buffer.from(doc.capture.timestamp.token, "base64");
    expect(await tsa.verifyWithOpenssl(token, doc.artifact.sha256)).toMatch(/Verification: OK/);
    const checked = await call(verify, { token: team.viewer.token, params: { documentId: job.documentId } });
    expect(checked.body).toMatchObject({
      ok: true,
      rehash: { matches: true, sha256: doc.artifact.sha256 },
      wacz: { ok: true, datapackageDigest: true },
      timestamp: { status: "verified", problems: [] },
    });

    const events = await eventsOf();
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["source.capture_requested", "document.created"]));
    const created = events.find((e) => e.type === "document.created" && e.subjectId === job.documentId)!;
    expect(created.data).toMatchObject({ artifact: { sha256: doc.artifact.sha256, mediaType: "application/wacz" }, capture: { requestedUrl: requested } });
  });

  it("stores the capture at once when the authority is down, says the timestamp is pending, and stamps it later", async () => {
    tsa.mode = "fail";
    const job = await capture(`${site.origin}/articles/${site.pages[1]!.slug}`);
    const pending = (await call(verify, { token: team.viewer.token, params: { documentId: job.documentId } })).body;
    expect(pending).toMatchObject({ ok: true, timestamp: { status: "pending", reason: expect.stringContaining("503") } });
    tsa.mode = "answer";
    expect(await stampPendingCapture({ projectId: team.projectId, documentId: job.documentId })).toBe("stamped");
    const stamped = (await call(verify, { token: team.viewer.token, params: { documentId: job.documentId } })).body;
    expect(stamped).toMatchObject({ ok: true, timestamp: { status: "verified" } });
    expect((await eventsOf()).some((e) => e.type === "document.timestamped" && e.subjectId === job.documentId)).toBe(true);
  });

  it("sweeps up timestamps whose retry a crash lost: left pending while the authority is down, stamped once it is back", async () => {
    tsa.mode = "fail";
    const jobs = [await capture(`${site.origin}/articles/${site.pages[2]!.slug}`), await capture(`${site.origin}/articles/${site.pages[3]!.slug}`)];
    const ids = jobs.map((j) => j.documentId);
    // Each capture's retry is tried once at once; wait until both are waiting out their backoff, so
    // no try is still asking the authority when the sweep's request is counted below.
    await vi.waitFor(
      async () => {
        const rows = await db().$queryRaw<{ trying: number }[]>`SELECT count(*)::int AS trying FROM pgboss.job WHERE name = ${TIMESTAMP_QUEUE} AND state IN ('created', 'active')`;
        expect(rows[0]?.trying).toBe(0);
      },
      { timeout: 30_000, interval: 200 },
    );
    // The crash: the queued retries are gone, as if the process died before sending them.
    await db().$executeRaw`DELETE FROM pgboss.job WHERE name = ${TIMESTAMP_QUEUE}`;
    const status = async (id: string) => (await call(verify, { token: team.viewer.token, params: { documentId: id } })).body.timestamp.status as string;

    // Authority down: one request, then the sweep stops and fails (the queue retries it with backoff);
    // nothing is written and both documents stay pending.
    const asked = tsa.requests;
    await expect(sweepPendingTimestamps({ timeoutMs: 2_000 })).rejects.toMatchObject({ name: "AuthoritySilent", outcome: { pending: 2, stamped: 0, authority: "silent" } });
    expect(tsa.requests - asked).toBe(1);
    expect(await Promise.all(ids.map(status))).toEqual(["pending", "pending"]);
    // Meanwhile the source queue runs as before: a capture is not held up by the sweep.
    const other = await capture(`${site.origin}/articles/${site.pages[0]!.slug}`);
    expect(await status(other.documentId)).toBe("pending");

    // Authority back: the sweep stamps every pending document, each with its event.
    tsa.mode = "answer";
    const outcome = await sweepPendingTimestamps();
    expect(outcome).toMatchObject({ pending: 0, authority: "answered" });
    expect(outcome.stamped).toBeGreaterThanOrEqual(2);
    expect(await Promise.all([...ids, other.documentId].map(status))).toEqual(["verified", "verified", "verified"]);
    const stampedEvents = (await eventsOf()).filter((e) => e.type === "document.timestamped" && ids.includes(e.subjectId));
    expect(stampedEvents).toHaveLength(2);
    expect(await sweepPendingTimestamps()).toMatchObject({ pending: 0, stamped: 0 });

    // The worker runs the sweep every ten minutes from the queue's schedule.
    const schedule = await db().$queryRaw<{ cron: string }[]>`SELECT cron FROM pgboss.schedule WHERE name = ${TIMESTAMP_SWEEP_QUEUE}`;
    expect(schedule).toEqual([{ cron: "*/10 * * * *" }]);
  });

  it("captures a page again: unchanged says so, a changed article becomes a new version with its annotations moved", async () => {
    site.revision = 1;
    const url = `${site.origin}/articles/changing`;
    const first = await capture(url);
    const doc = (await call(getDocument, { token: team.viewer.token, params: { documentId: first.documentId } })).body;
    const kept = "Families were not told where the bodies were buried";
    const note = await call(postAnnotation, { token: team.annotator.token, params: { documentId: first.documentId }, body: { quote: { exact: kept } } });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(doc.text).toContain("for a few minutes each");

    const again = await capture(`${url}?utm_source=newsletter#top`);
    expect(again).toMatchObject({ outcome: "unchanged", documentId: first.documentId });

    site.revision = 2;
    const changed = await capture(url);
    expect(changed.outcome).toBe("new_version");
    const v2 = (await call(getDocument, { token: team.viewer.token, params: { documentId: changed.documentId } })).body;
    expect(v2).toMatchObject({ version: 2 });
    expect(v2.text).toContain("for less than a minute each");
    const moved = (await call(getAnnotation, { token: team.viewer.token, params: { annotationId: note.body.id } })).body;
    expect(moved).toMatchObject({ documentId: changed.documentId, exact: kept });
    expect(v2.text.slice(moved.start, moved.end)).toBe(kept);
    const types = (await eventsOf()).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["document.recaptured", "document.version_created", "annotation.reanchored"]));
  });

  it("refuses at once what the guard can judge: other schemes, private and loopback addresses in any notation", async () => {
    const refuse = async (url: string) =>
      expectError(await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body: { url } }), 400, "invalid_input", [["url"]]);
    await refuse("ftp://example.org/report");
    await refuse("http://10.1.2.3/admin");
    await refuse("http://169.254.169.254/latest/meta-data/");
    await refuse("http://2130706433:8080/");
    await refuse("http://[::ffff:127.0.0.1]:9/");
    await refuse(`http://127.0.0.1:${site.port + 1}/`); // loopback, but not the port the deployment lists
    await refuse("http://localhost:9/");
  });

  it("captures a list of pages in one go: one job per page, in order", async () => {
    const urls = [`${site.origin}/articles/${site.pages[0]!.slug}?list=1`, `${site.origin}/articles/changing?list=1`];
    const res = await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body: { urls, language: "en" } });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.job).toBeUndefined();
    expect(res.body.jobs).toHaveLength(2);
    const done = await Promise.all((res.body.jobs as { id: string; kind: string }[]).map((j) => waitForJob(team.annotator.token, j.id, 60_000)));
    expect(done.map((d) => d.body.status)).toEqual(["succeeded", "succeeded"]);
    const docs = await Promise.all(done.map((d) => call(getDocument, { token: team.viewer.token, params: { documentId: d.body.documentId } })));
    expect(docs.map((d) => d.body.capture.requestedUrl)).toEqual(urls);
    const requested = (await eventsOf()).filter((e) => e.type === "source.capture_requested" && (res.body.jobs as { id: string }[]).some((j) => j.id === e.subjectId));
    expect(requested.map((e) => e.data.url)).toEqual(urls);
  });

  it("refuses a list with any bad page, naming it, and queues none of it", async () => {
    const counts = async () => [await db().sourceJob.count({ where: { projectId: team.projectId } }), await db().event.count({ where: { projectId: team.projectId } })];
    const before = await counts();
    const good = `${site.origin}/articles/changing`;
    const refuse = async (body: unknown, paths: (string | number)[][]) =>
      expectError(await call(POST, { token: team.annotator.token, params: { projectId: team.projectId }, body }), 400, "invalid_input", paths);
    await refuse({ urls: [good, "http://10.1.2.3/admin", "http://169.254.169.254/latest/meta-data/"] }, [["urls", 1], ["urls", 2]]);
    await refuse({ urls: [good, "ftp://example.org/x"] }, [["urls", 1]]);
    await refuse({ urls: [good, good] }, [["urls", 1]]);
    await refuse({ urls: [] }, [["urls"]]);
    await refuse({ urls: Array.from({ length: 51 }, (_, i) => `${good}?n=${i}`) }, [["urls"]]);
    await refuse({ url: good, urls: [good] }, [["urls"]]);
    await refuse({ urls: [good], title: "One title for many pages" }, [["title"]]);
    await refuse({ urls: [good, 7] }, [["urls", 1]]);
    await refuse({ urls: good }, [["urls"]]);
    await refuse({}, [["url"]]);
    expect(await counts()).toEqual(before);
  });

  it("is for annotators and above", async () => {
    expectError(await call(POST, { token: team.viewer.token, params: { projectId: team.projectId }, body: { url: `${site.origin}/articles/changing` } }), 403, "forbidden");
  });
});
