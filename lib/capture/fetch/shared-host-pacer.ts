// The per-host pace shared by every process of the deployment (node:cluster runs several, all taking
// capture jobs from one queue): each request books its slot in the host's CaptureHostPace row. The
// upsert takes the row's lock, so two processes booking at once are served one after the other, and
// the slot and the wait are both computed on the database's clock, so the processes' clocks do not
// matter. pg-boss's throttling spaces jobs, not the requests inside them, hence a row of our own.
import { db } from "../../db/client";
import type { PacedRequest, Pacer } from "./host-pacer";

export class SharedHostPacer implements Pacer {
  constructor(
    private readonly pageMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly requestMs: number = pageMs,
  ) {}

  async wait(url: string, what: PacedRequest = "page"): Promise<void> {
    if (this.pageMs <= 0 && this.requestMs <= 0) return;
    const host = new URL(url).host.toLowerCase();
    const request = `${Math.round(this.requestMs)} milliseconds`;
    // A page waits for the host's next page slot too; a page's resources only for the next request slot.
    const page = `${Math.round(what === "page" ? this.pageMs : 0)} milliseconds`;
    const pageWaits = what === "page";
    const [booked] = await db().$queryRaw<{ delayMs: number }[]>`
      INSERT INTO "CaptureHostPace" AS p ("host", "nextAt", "nextPageAt")
      VALUES (${host}, clock_timestamp() + ${request}::interval, clock_timestamp() + ${page}::interval)
      ON CONFLICT ("host") DO UPDATE SET
        "nextAt" = GREATEST(p."nextAt", CASE WHEN ${pageWaits} THEN p."nextPageAt" END, clock_timestamp()) + ${request}::interval,
        "nextPageAt" = CASE WHEN ${pageWaits} THEN GREATEST(p."nextAt", p."nextPageAt", clock_timestamp()) + ${page}::interval ELSE p."nextPageAt" END
      RETURNING GREATEST(0, EXTRACT(EPOCH FROM (p."nextAt" - ${request}::interval - clock_timestamp())) * 1000)::float8 AS "delayMs"`;
    const delay = booked?.delayMs ?? 0;
    if (delay > 0) await this.sleep(delay);
  }
}
