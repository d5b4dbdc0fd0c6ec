// Runs once when the app server starts: the background worker of the source job queue lives in
// the app process, so `npm start` (and every extra app process) also works through uploads.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.SOURCE_JOBS_WORKER === "off") return;
  const { startWorker } = await import("./lib/jobs/start-worker");
  try {
    await startWorker();
  } catch (error) {
    console.error(`[jobs] the worker did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
