// Runs once when the app server starts: the Merkle log's sequencer picks up events a crash left
// committed but not yet in the tree (lib/log/sequence-project.ts), then the background worker of
// the source job queue starts (it lives in the app process, so every app process works uploads).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DATABASE_URL) {
    const { sequenceAllProjects } = await import("./lib/log/sequence-project");
    try {
      const { projects, added } = await sequenceAllProjects();
      if (added > 0) console.log(`log: sequenced ${added} event(s) of ${projects} project(s) left by an earlier run`);
    } catch (error) {
      console.error("log: start-up sequencing failed; heads will catch up when read:", error);
    }
  }
  if (process.env.SOURCE_JOBS_WORKER === "off") return;
  const { startWorker } = await import("./lib/jobs/start-worker");
  try {
    await startWorker();
  } catch (error) {
    console.error(`[jobs] the worker did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
