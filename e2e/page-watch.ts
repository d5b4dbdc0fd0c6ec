// Watches a browser page for anything a hostile string or a broken policy would cause: a dialog
// (alert, confirm, print), the flag the XSS corpus sets (`window.__xss = …`), a Content-Security-Policy
// violation (a refused inline script, style or load means markup reached the page that should have
// been text, or the policy broke one of our own pages), and uncaught errors. Reports arrive through a
// binding, so nothing is lost when the page navigates. Install before the first navigation.
import { expect, type Page } from "@playwright/test";

export interface PageWatch {
  /** Everything seen so far, one line each. */
  readonly problems: string[];
  /** Fails the test if anything was seen since the last call, naming `where`. */
  expectClean(where: string): Promise<void>;
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const problems: string[] = [];
  let reported = 0;
  page.on("dialog", (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()} at ${page.url()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(msg.text())) problems.push(`console: ${msg.text()} at ${page.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message} at ${page.url()}`));
  await page.exposeBinding("__reportProblem", ({ frame }, line: string) => {
    problems.push(`${line} at ${frame.url()}`);
  });
  // Runs in every document before its own scripts, so a violation while parsing is caught too.
  await page.addInitScript(() => {
    const report = (line: string) => (window as unknown as { __reportProblem: (l: string) => void }).__reportProblem(line);
    document.addEventListener("securitypolicyviolation", (e) => report(`csp: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`));
    Object.defineProperty(window, "__xss", { configurable: false, set: (v: unknown) => report(`script ran: window.__xss = ${String(v)}`), get: () => undefined });
  });
  return {
    problems,
    async expectClean(where: string) {
      // Give queued reports (bindings are asynchronous) a moment to arrive.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50))).catch(() => {});
      expect(problems.slice(reported), `problems on ${where}`).toEqual([]);
      reported = problems.length;
    },
  };
}
