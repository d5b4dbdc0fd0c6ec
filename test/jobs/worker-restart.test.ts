// A worker killed in the middle of a job: nothing of the job is written, the queue gives the job
// to the next worker, and it is completed exactly once (one document, one artifact, one event).
// A job whose worker is killed on every try ends failed, saying why, with nothing left behind.
import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeam, type Team } from "@/test/support/fixtures";
import { uploadFile, waitForJob } from "@/test/support/upload";

let team: Team;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // A job's expiry is fixed when it is sent: short here, so the dead worker's job comes back soon.
  process.env.SOURCE_JOB_EXPIRE_SECONDS = "8";
  team = await createTeam();
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function startWorkerProcess(env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/worker-process.ts"], {
    env: { ...process.env, SOURCE_JOB_EXPIRE_SECONDS: "8", SOURCE_JOB_MAINTENANCE_SECONDS: "1", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (data: Buffer) => {
      if (data.toString().includes("worker ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

// About 4 MB of HTML: its conversion keeps a worker busy for a second or two.
function bigHtml(): string {
  const paragraph = "<p>The prisoners were executed in the summer of 1988 in Evin and Gohardasht; many lie in unmarked graves.</p>\n";
  return `<!doctype html><html><body>${paragraph.repeat(36_000)}</body></html>`;
}

async function kill(child: ChildProcess): Promise<void> {
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
}

describe("source jobs across a killed worker", () => {
  it("retries a job whose worker was killed mid-way and completes it exactly once", async () => {
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "big.html", bytes: bigHtml() });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const jobId = res.body.job.id as string;

    const first = await startWorkerProcess();
    const running = await waitFor(() => db().sourceJob.findUniqueOrThrow({ where: { id: jobId } }), (j) => j.status === "running", 30_000);
    expect(running.status).toBe("running");
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    // Killed before its final transaction: no document, and the upload is still staged for the retry.
    const afterKill = await db().sourceJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(afterKill).toMatchObject({ status: "running", documentId: null });
    expect(await db().document.count({ where: { projectId: team.projectId } })).toBe(0);
    expect(await db().sourceJobChunk.count({ where: { jobId } })).toBeGreaterThan(0);

    await startWorkerProcess();
    const done = await waitForJob(team.annotator.token, jobId, 90_000);
    expect(done.body, JSON.stringify(done.body)).toMatchObject({ status: "succeeded", documentId: expect.any(String) });
    // Let a late duplicate run, if the queue made one, before counting.
    await new Promise((r) => setTimeout(r, 3000));
    const documents = await db().document.findMany({ where: { projectId: team.projectId } });
    expect(documents.map((d) => d.id)).toEqual([done.body.documentId]);
    expect(await db().artifact.count({ where: { projectId: team.projectId } })).toBe(1);
    expect(await db().event.count({ where: { projectId: team.projectId, type: "document.created" } })).toBe(1);
    expect(await db().sourceJobChunk.count({ where: { jobId } })).toBe(0);
    const queued = await db().$queryRaw<{ state: string; retry_count: number }[]>`SELECT state::text, retry_count FROM pgboss.job WHERE id = ${jobId}::uuid`;
    expect(queued[0]?.retry_count).toBeGreaterThanOrEqual(1);
  }, 150_000);

  it("fails a job whose worker is killed on every try, says why, and leaves nothing behind", async () => {
    // Two tries (one retry), each killed mid-way; the job's own settings travel with it when it is sent.
    const env = { SOURCE_JOB_EXPIRE_SECONDS: "5", SOURCE_JOB_RETRY_LIMIT: "1" };
    Object.assign(process.env, env);
    try {
      const res = await uploadFile(team.annotator.token, team.projectId, { name: "doomed.html", bytes: bigHtml() });
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      const jobId = res.body.job.id as string;
      const queued = () => db().$queryRaw<{ state: string; retry_count: number }[]>`SELECT state::text, retry_count FROM pgboss.job WHERE id = ${jobId}::uuid`.then((rows) => rows[0]);
      const before = await db().document.count({ where: { projectId: team.projectId } });

      for (const tryNumber of [0, 1]) {
        const worker = await startWorkerProcess(env);
        const active = await waitFor(queued, (j) => j?.state === "active" && j.retry_count === tryNumber, 60_000);
        expect(active, `try ${tryNumber + 1} never started`).toMatchObject({ state: "active", retry_count: tryNumber });
        await waitFor(() => db().sourceJob.findUniqueOrThrow({ where: { id: jobId } }), (j) => j.status === "running", 30_000);
        await kill(worker);
        const row = await db().sourceJob.findUniqueOrThrow({ where: { id: jobId } });
        expect(row).toMatchObject({ status: "running", documentId: null });
      }

      // A live process's maintenance finds the last try expired, pg-boss gives up, and the job says so.
      await startWorkerProcess(env);
      const done = await waitForJob(team.annotator.token, jobId, 60_000);
      expect(done.body, JSON.stringify(done.body)).toMatchObject({
        status: "failed",
        error: { code: "job_gave_up", message: expect.stringContaining("each of its 2 tries") },
      });
      expect(done.body.documentId).toBeUndefined();
      expect(await queued()).toMatchObject({ state: "failed", retry_count: 1 });
      expect(await db().document.count({ where: { projectId: team.projectId } })).toBe(before);
      expect(await db().sourceJobChunk.count({ where: { jobId } })).toBe(0);
      expect(await db().event.count({ where: { projectId: team.projectId, type: "document.created", data: { path: ["jobId"], equals: jobId } } })).toBe(0);
    } finally {
      delete process.env.SOURCE_JOB_RETRY_LIMIT;
      process.env.SOURCE_JOB_EXPIRE_SECONDS = "8";
    }
  }, 180_000);
});
