// A worker killed in the middle of a job: nothing of the job is written, the queue gives the job
// to the next worker, and it is completed exactly once (one document, one artifact, one event).
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

function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/worker-process.ts"], {
    env: { ...process.env, SOURCE_JOB_EXPIRE_SECONDS: "8", SOURCE_JOB_MAINTENANCE_SECONDS: "1" },
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

describe("source jobs across a killed worker", () => {
  it("retries a job whose worker was killed mid-way and completes it exactly once", async () => {
    // About 4 MB of HTML: its conversion keeps the first worker busy for a second or two.
    const paragraph = "<p>The prisoners were executed in the summer of 1988 in Evin and Gohardasht; many lie in unmarked graves.</p>\n";
    const html = `<!doctype html><html><body>${paragraph.repeat(36_000)}</body></html>`;
    const res = await uploadFile(team.annotator.token, team.projectId, { name: "big.html", bytes: html });
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
});
