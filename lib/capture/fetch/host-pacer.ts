// Politeness: requests to one host are spaced by at least `intervalMs`, whatever else runs, so a list
// of URLs on one site is fetched at a reader's pace and never as a burst. `HostPacer` keeps the
// slots in this process (tests, scripts); the app's processes share theirs in Postgres
// (shared-host-pacer.ts).
export interface Pacer {
  /** Resolves when a request to the URL's host may start, and books that slot. */
  wait(url: string): Promise<void>;
}

export class HostPacer implements Pacer {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = Date.now,
  ) {}

  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const at = Math.max(this.now(), this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    const delay = at - this.now();
    if (delay > 0) await this.sleep(delay);
  }
}
