// The Content-Security-Policy in the browser: every page gets a policy with a fresh nonce that Next
// puts on its own scripts, and every main page of the workbench (the reader with its painted
// highlights, the review queue, the SVG charts, the forms) renders and hydrates without a single
// policy violation, console error or uncaught error. API answers carry a policy that allows nothing.
import { expect, test } from "@playwright/test";
import { cspViolations, DEMO_OWNER, DEMO_PROJECT, signIn } from "./helpers";
import { watchPage } from "./page-watch";

const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1];

test("[SECURITY]: each page load gets its own nonce, on every script Next renders", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const res = await request.get("/sign-in");
    const policy = res.headers()["content-security-policy"];
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    const nonce = nonceOf(policy)!;
    nonces.add(nonce);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("same-origin");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  }
  expect(nonces.size).toBe(3);
});

test("[SECURITY]: API answers are data that may not load or run anything", async ({ request }) => {
  for (const path of ["/api/health", "/api/v1/openapi.json", "/api/v1/projects"]) {
    const res = await request.get(path);
    expect(res.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["content-type"], path).toMatch(/^application\/json/);
  }
});

test("[SECURITY]: the main pages render and hydrate under the policy without a violation", async ({ page }) => {
  test.setTimeout(180_000);
  const watch = await watchPage(page);
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await watch.expectClean("sign-up");
  await signIn(page, DEMO_OWNER);
  await watch.expectClean("sign-in and the projects list");

  const api = async <T>(path: string) => (await (await page.request.get(`/api/v1${path}`)).json()) as T;
  const p = DEMO_PROJECT.id;
  const docs = await api<{ items: { id: string }[] }>(`/projects/${p}/documents`);
  const claims = await api<{ items: { id: string }[] }>(`/projects/${p}/claims`);
  const entities = await api<{ items: { id: string }[] }>(`/projects/${p}/entities`);
  const doc = docs.items[0]!.id;
  const base = `/projects/${p}`;
  const pages = [
    base,
    `${base}/documents/${doc}`,
    `${base}/documents/${doc}/versions`,
    `${base}/documents/${doc}/orphans`,
    `${base}/agreement/${doc}`,
    `${base}/claims`,
    `${base}/claims/${claims.items[0]!.id}`,
    `${base}/compare`,
    `${base}/entities`,
    `${base}/entities/${entities.items[0]!.id}`,
    `${base}/review`,
    `${base}/assignments`,
    `${base}/search?q=prisoners`,
    `${base}/export`,
    `${base}/releases`,
    `${base}/import`,
    `${base}/annotations/import`,
    `${base}/members`,
    `${base}/settings`,
    `${base}/settings/claim-types`,
    "/settings/tokens",
    "/projects/prj_no_such_project",
  ];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("load");
    await page.waitForFunction(() => document.title.trim().length > 0);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await watch.expectClean(path);
  }

  // The reader paints highlights with the CSS Custom Highlight API and moves its virtual list
  // through the CSSOM: both allowed without 'unsafe-inline'.
  await page.goto(`${base}/documents/${doc}`);
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBeGreaterThan(0);
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(300);
  await watch.expectClean("the reader after scrolling");

  // A client-side navigation loads further chunks, trusted through 'strict-dynamic'.
  await page.goto(base);
  await page.getByRole("navigation").getByRole("link", { name: "Claims", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${base}/claims`));
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await watch.expectClean("a client-side navigation");
});

test("[SECURITY]: the checks see a violation when there is one", async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto("/sign-in");
  expect(await cspViolations(page)).toEqual([]);
  // What a markup injection would look like: the policy refuses the handler, and both checks say so.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="data:," onload="window.__xss = 'handler'">`));
  await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-attr blocked inline/)]);
  await expect.poll(() => watch.problems.some((p) => p.startsWith("csp: script-src-attr"))).toBe(true);
  expect(watch.problems.some((p) => p.startsWith("script ran"))).toBe(false);
});
