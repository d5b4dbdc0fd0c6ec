// The per-host pace shared by every process of the deployment (node:cluster runs several, all taking
// capture jobs from one queue): each request books its slot in the host's CaptureHostPace row. The
// upsert takes the row's lock, so two processes booking at once are served one after the other, and
// the slot and the wait are both computed on the database's clock, so the processes' clocks do not
// matter. pg-boss's throttling spaces jobs, not the requests inside them, hence a row of our own.
import { db } from "../../db/client";
import type { Pacer } from "./host-pacer";

export class SharedHostPacer implements Pacer {
  constructor(
    private readonly intervalMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async wait(url: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const host = new URL(url).host.toLowerCase();
    const interval = `${Math.round(this.intervalMs)} milliseconds`;
    const [booked] = await db().$queryRaw<{ delayMs: number }[]>`
      INSERT INTO "CaptureHostPace" AS p ("host", "nextAt") VALUES (${host}, clock_timestamp() + ${interval}::interval)
      ON CONFLICT ("host") DO UPDATE SET "nextAt" = GREATEST(p."nextAt", clock_timestamp()) + ${interval}::interval
      RETURNING GREATEST(0, EXTRACT(EPOCH FROM (p."nextAt" - ${interval}::interval - clock_timestamp())) * 1000)::float8 AS "delayMs"`;
    const delay = booked?.delayMs ?? 0;
    if (delay > 0) await this.sleep(delay);
  }
}
