// Shared steps for the browser tests: unique accounts, signing in through the form, and a page
// check that fails on serious or critical axe findings and on any Content-Security-Policy violation.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

export const DEMO_OWNER = { email: "owner@demo.example", password: "demo-password-1988", name: "Olive Owner" };
export const DEMO_PROJECT = { id: "prj_demo_1988", name: "1988 mass execution of political prisoners in Iran" };

export interface Account {
  email: string;
  password: string;
  name: string;
}

export function newAccount(label: string): Account {
  const id = randomBytes(5).toString("hex");
  return { email: `e2e-${label}-${id}@example.com`, password: `pw-${id}-long-enough`, name: `E2E ${label} ${id}` };
}

/** Creates an account through the public API (for tests whose subject is not sign-up). */
export async function createAccount(request: APIRequestContext, account: Account): Promise<void> {
  const res = await request.post("/api/v1/users", { data: account });
  expect(res.status(), await res.text()).toBe(201);
}

export async function signIn(page: Page, account: Pick<Account, "email" | "password">, expectUrl: RegExp = /\/projects$/): Promise<void> {
  if (!/\/sign-in/.test(page.url())) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(expectUrl);
}

/**
 * The CSP violations this document has seen since it loaded, from the browser's own buffered
 * reports, so no listener needs to be installed beforehand.
 */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const lines: string[] = [];
        const observer = new ReportingObserver(
          (reports) => {
            for (const r of reports) {
              const body = r.body as unknown as { effectiveDirective?: string; blockedURL?: string; sample?: string } | null;
              lines.push(`${body?.effectiveDirective} blocked ${body?.blockedURL || "inline"} (${body?.sample ?? ""})`);
            }
          },
          { types: ["csp-violation"], buffered: true },
        );
        observer.observe();
        setTimeout(() => {
          observer.disconnect();
          resolve(lines);
        }, 100);
      }),
  );
}

/** No serious or critical accessibility violations, and no CSP violation, on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  // Next streams a dynamic page's metadata after its body, and again after a form
  // refreshes the page: judge the page once its <title> has arrived.
  await page.waitForFunction(() => document.title.trim().length > 0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
  expect(await cspViolations(page), `CSP violations on ${page.url()}`).toEqual([]);
}
