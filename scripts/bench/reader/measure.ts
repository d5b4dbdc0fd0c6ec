// What the benchmark measures in the browser. Times are from navigation start (performance marks'
// startTime), so they include fetching and parsing the page, its script and its data.
import type { Browser, Page } from "@playwright/test";

export const VIEWPORT = { width: 1400, height: 900 };

async function open(browser: Browser, url: string, mark: string, timeout: number): Promise<{ page: Page; at: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls __name.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit", timeout });
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout, polling: 50 });
  const at = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
  return { page, at };
}

export interface OursLoad {
  /** When the harness script started: the page, data and bundle arrived and parsed. */
  scriptStart: number;
  painted: number;
  interactive: number;
  fcp: number;
  domNodes: number;
  blocks: number;
  ranges: number;
}

export async function loadOurs(browser: Browser, url: string): Promise<{ page: Page; load: OursLoad }> {
  const { page, at: interactive } = await open(browser, url, "reader:interactive", 60_000);
  const load = await page.evaluate(() => ({
    scriptStart: performance.getEntriesByName("harness:start")[0]!.startTime,
    painted: performance.getEntriesByName("reader:highlights-painted")[0]!.startTime,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    domNodes: document.getElementsByTagName("*").length,
    blocks: document.querySelectorAll("[data-rd-content] > p").length,
    ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  }));
  return { page, load: { ...load, interactive } };
}

export async function loadBaseline(browser: Browser, url: string, mark: string): Promise<{ painted: number; domNodes: number }> {
  const { page, at } = await open(browser, url, mark, 300_000);
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  await page.context().close();
  return { painted: at, domNodes };
}

export interface ScrollResult {
  /** From setting scrollTop to the next frame, whose paint shows the new blocks and highlights. */
  toFrame: number[];
  /** Whether that first frame's blocks covered the whole screen (no blank area). */
  covered: boolean[];
  /** Script time of each re-render the scroll caused (scroll event to highlights repainted). */
  renders: number[];
  longTasks: number;
}

/** Jumps `jumps` times by `screens` screens (from a task, as a wheel or scrollbar drag would). */
export async function scrollTest(page: Page, jumps: number, screens: number): Promise<ScrollResult> {
  return page.evaluate(
    async ({ jumps, screens }) => {
      const s = document.querySelector<HTMLElement>(".rd-text")!;
      const content = s.querySelector("[data-rd-content]")!;
      let longTasks = 0;
      const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
      observer.observe({ type: "longtask" });
      performance.clearMeasures("reader:scroll-render");
      const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
      const out = { toFrame: [] as number[], covered: [] as boolean[], renders: [] as number[], longTasks: 0 };
      for (let i = 0; i < jumps; i++) {
        await new Promise((r) => setTimeout(r, 40));
        const t0 = performance.now();
        const next = s.scrollTop + s.clientHeight * screens;
        s.scrollTop = next > s.scrollHeight - s.clientHeight ? 0 : next;
        const t1 = await frame();
        const box = s.getBoundingClientRect();
        const first = content.firstElementChild!.getBoundingClientRect();
        const last = content.lastElementChild!.getBoundingClientRect();
        out.toFrame.push(t1 - t0);
        out.covered.push(first.top <= box.top + 1 && last.bottom >= box.bottom - 1);
      }
      await frame();
      observer.disconnect();
      out.renders = performance.getEntriesByName("reader:scroll-render").map((e) => e.duration);
      out.longTasks = longTasks;
      return out;
    },
    { jumps, screens },
  );
}

/** Narrows and widens the page; the reader re-lays out in its ResizeObserver, before the paint. */
export async function resizeTest(page: Page): Promise<{ relayout: number[]; toFrame: number[] }> {
  return page.evaluate(async () => {
    const root = document.querySelector<HTMLElement>(".rd-page")!;
    performance.clearMeasures("reader:relayout");
    const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
    const toFrame: number[] = [];
    for (const width of [1000, 1300, 760, 1300, 900, 1300]) {
      await new Promise((r) => setTimeout(r, 40));
      const t0 = performance.now();
      root.style.width = `${width}px`;
      await frame();
      toFrame.push((await frame()) - t0);
    }
    return { relayout: performance.getEntriesByName("reader:relayout").map((e) => e.duration), toFrame };
  });
}
