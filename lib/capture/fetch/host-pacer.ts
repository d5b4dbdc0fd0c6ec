// Politeness: pages of one host are spaced by at least `pageMs`, and any two requests to it by at
// least `requestMs`, whatever else runs, so a list of URLs on one site is fetched at a reader's pace
// and never as a burst, while a page's own stylesheets and images follow it as a browser's would.
// `HostPacer` keeps the slots in this process (tests, scripts); the app's processes share theirs in
// Postgres (shared-host-pacer.ts).
export type PacedRequest = "page" | "resource";

export interface Pacer {
  /** Resolves when a request to the URL's host may start, and books that slot. */
  wait(url: string, what?: PacedRequest): Promise<void>;
}

export class HostPacer implements Pacer {
  private readonly next = new Map<string, number>();
  private readonly nextPage = new Map<string, number>();

  constructor(
    private readonly pageMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = Date.now,
    private readonly requestMs: number = pageMs,
  ) {}

  async wait(url: string, what: PacedRequest = "page"): Promise<void> {
    const host = new URL(url).host;
    const at = Math.max(this.now(), this.next.get(host) ?? 0, what === "page" ? (this.nextPage.get(host) ?? 0) : 0);
    this.next.set(host, at + this.requestMs);
    if (what === "page") this.nextPage.set(host, at + this.pageMs);
    const delay = at - this.now();
    if (delay > 0) await this.sleep(delay);
  }
}
