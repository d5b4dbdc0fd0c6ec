// Time to interactive of one page in headless Chromium, from the start of navigation: the later of
// React having hydrated the page's heading (its element carries React's fiber key only once hydrated)
// and the end of the last long task (> 50 ms on the main thread) before a quiet window with none,
// the way Lighthouse defines it but with a shorter window. The browser keeps its cache between
// visits, as a researcher's does during a session.
import type { BrowserContext } from "@playwright/test";

export interface BrowserSample {
  ttiMs: number;
  /** The browser's own time to the first byte of the HTML. */
  responseStartMs: number;
  domContentLoadedMs: number;
}

declare global {
  interface Window {
    __benchTti?: { longTaskEnds: number[]; hydratedAt: number | null };
  }
}

/** Installed before any page script runs: records long tasks and the moment the heading hydrates. */
function watchMainThread(): void {
  const state = { longTaskEnds: [] as number[], hydratedAt: null as number | null };
  window.__benchTti = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTaskEnds.push(e.startTime + e.duration);
  }).observe({ type: "longtask", buffered: true });
  const hydrated = (el: Element | null) => !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber$"));
  const poll = () => {
    if (hydrated(document.querySelector("main h1, h1"))) state.hydratedAt = performance.now();
    else setTimeout(poll, 5);
  };
  poll();
}

export async function prepareContext(context: BrowserContext): Promise<void> {
  // tsx compiles the functions handed to the browser with esbuild's keepNames, which calls __name.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  await context.addInitScript(watchMainThread);
}

export async function timeToInteractive(context: BrowserContext, baseUrl: string, url: string, quietMs: number): Promise<BrowserSample> {
  const page = await context.newPage();
  try {
    const res = await page.goto(baseUrl + url, { waitUntil: "load", timeout: 180_000 });
    if (!res || res.status() !== 200) throw new Error(`${url}: the browser got ${res?.status() ?? "no answer"}`);
    const landed = new URL(page.url());
    if (landed.pathname !== new URL(baseUrl + url).pathname) throw new Error(`${url}: the browser was sent to ${landed.pathname}`);
    return await page.evaluate(
      ({ quietMs }) =>
        new Promise<BrowserSample>((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            const s = window.__benchTti;
            const now = performance.now();
            if (!s) return reject(new Error("the main-thread watcher did not run"));
            const lastLong = Math.max(0, ...s.longTaskEnds);
            if (s.hydratedAt !== null && now - Math.max(lastLong, s.hydratedAt) >= quietMs) {
              const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
              return resolve({ ttiMs: Math.max(s.hydratedAt, lastLong, nav.domContentLoadedEventEnd), responseStartMs: nav.responseStart, domContentLoadedMs: nav.domContentLoadedEventEnd });
            }
            if (now - started > 30_000) return reject(new Error(s.hydratedAt === null ? "the page's heading never hydrated" : "the main thread never went quiet"));
            setTimeout(check, 20);
          };
          check();
        }),
      { quietMs },
    );
  } finally {
    await page.close();
  }
}
