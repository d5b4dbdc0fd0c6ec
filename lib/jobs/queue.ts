// The job queue: pg-boss in the application's own Postgres (schema "pgboss"), one per process.
// pg-boss keeps jobs across restarts, hands each to one worker at a time, and gives a job whose
// worker died back to the queue when it expires, which is what "a killed job is retried" needs.
// A job that expired or failed on its last try is copied by pg-boss to its dead-letter queue, whose
// worker marks the SourceJob failed (start-worker.ts): no try was left alive to do it.
import PgBoss from "pg-boss";
import { requireDatabaseUrl } from "../db/url";
import { retryOnDeadlock } from "./retry-on-deadlock";

export const SOURCE_QUEUE = "source-jobs";
export const SOURCE_DEAD_QUEUE = "source-jobs-given-up";

export interface QueueSettings {
  /** A running job not finished after this long is taken to be dead and tried again. */
  expireInSeconds: number;
  retryLimit: number;
  pollingIntervalSeconds: number;
  maintenanceIntervalSeconds: number;
}

/** From the environment at the time of the call (tests shorten the times). */
export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const seconds = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value >= 1 ? value : fallback;
  };
  const retries = Number(env.SOURCE_JOB_RETRY_LIMIT);
  return {
    expireInSeconds: seconds("SOURCE_JOB_EXPIRE_SECONDS", 900),
    retryLimit: Number.isInteger(retries) && retries >= 0 && env.SOURCE_JOB_RETRY_LIMIT !== "" ? retries : 3,
    pollingIntervalSeconds: 1,
    maintenanceIntervalSeconds: seconds("SOURCE_JOB_MAINTENANCE_SECONDS", 30),
  };
}

const state = globalThis as unknown as { sourceQueue?: Promise<PgBoss> };

/** The started queue of this process (created on first use). */
export function queue(settings: QueueSettings = queueSettings()): Promise<PgBoss> {
  state.sourceQueue ??= openQueue(settings).catch((error: unknown) => {
    state.sourceQueue = undefined;
    throw error;
  });
  return state.sourceQueue;
}

/**
 * Starts a pg-boss on the queue's schema. Several app processes start at once (one per core), and
 * pg-boss's start-up statements can deadlock with another process's; Postgres then aborts one of
 * them, which simply starts again.
 */
export async function openQueue(settings: QueueSettings, schema = "pgboss", attempts = 5): Promise<PgBoss> {
  return retryOnDeadlock(async () => {
    const boss = new PgBoss({
      connectionString: requireDatabaseUrl(),
      schema,
      max: 4,
      application_name: "workbench-jobs",
      maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
      monitorStateIntervalSeconds: Math.max(settings.maintenanceIntervalSeconds, 1),
    });
    boss.on("error", (error) => console.error(`[jobs] ${error instanceof Error ? error.message : String(error)}`));
    try {
      await boss.start();
      await boss.createQueue(SOURCE_DEAD_QUEUE, { name: SOURCE_DEAD_QUEUE, retryLimit: 3, retryDelay: 1 });
      const options = { name: SOURCE_QUEUE, retryLimit: settings.retryLimit, retryDelay: 1, expireInSeconds: settings.expireInSeconds, deadLetter: SOURCE_DEAD_QUEUE };
      await boss.createQueue(SOURCE_QUEUE, options);
      // A queue created before it had a dead-letter queue gets one (creating an existing queue changes nothing).
      await boss.updateQueue(SOURCE_QUEUE, options);
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
      throw error;
    }
  }, attempts);
}

export async function stopQueue(): Promise<void> {
  const pending = state.sourceQueue;
  state.sourceQueue = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true, close: true });
}
