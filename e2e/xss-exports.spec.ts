// Hostile documents in the exports: CSV, JSON Lines and W3C files of a project full of XSS payloads
// carry them verbatim (they are data, and a researcher's tools must see exactly what was said), so it
// is the way they are served that keeps them inert: as attachments, with a non-HTML type, nosniff,
// and a policy (`default-src 'none'; sandbox`) under which even a browser that renders one as HTML
// runs nothing. Without that policy the same bytes, rendered as HTML, do run: the control proves it.
import { readFile } from "node:fs/promises";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { type HostileProject, makeHostileProject, P } from "./fixtures/hostile-project";
import { type HostilePerson, hostileSignUp } from "./fixtures/hostile-sign-up";
import { watchPage } from "./page-watch";

let owner: HostilePerson;
let h: HostileProject;

test.beforeAll(async ({ browser }) => {
  owner = await hostileSignUp(browser, "xss-export-owner", P(33), { acceptDownloads: true });
  const reviewer = await hostileSignUp(browser, "xss-export-reviewer", P(31));
  h = await makeHostileProject(owner.page.request, reviewer.page.request, reviewer.account.email);
});

test.describe.configure({ mode: "serial" });

/** Whether any string inside a parsed JSON value contains `needle`. */
function holds(value: unknown, needle: string): boolean {
  if (typeof value === "string") return value.includes(needle);
  if (Array.isArray(value)) return value.some((v) => holds(v, needle));
  if (value && typeof value === "object") return Object.values(value).some((v) => holds(v, needle));
  return false;
}

function expectInertHeaders(res: APIResponse, what: string) {
  const headers = res.headers();
  expect(res.status(), what).toBe(200);
  expect(headers["content-security-policy"], what).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["content-disposition"], what).toMatch(/^attachment; filename="/);
  expect(headers["content-type"], what).not.toMatch(/html|xml|svg|javascript/i);
}

async function gotoExpectingDownload(page: Page, url: string) {
  const downloading = page.waitForEvent("download");
  const navigation = await page.goto(url).then(
    () => "rendered",
    (error: Error) => error.message,
  );
  expect(navigation, url).toMatch(/Download is starting|net::ERR_ABORTED/);
  return downloading;
}

test("[XSS]: exports from the export page and its direct link hold the payloads verbatim and run nothing", async () => {
  const { page, watch } = owner;
  await page.goto(`/projects/${h.projectId}/export`);
  const contents: Record<string, string> = {};
  for (const [label, format] of [["CSV", "csv"], ["JSON Lines", "jsonl"], ["W3C Web Annotation", "w3c"]] as const) {
    await page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).click();
    contents[format] = await readFile((await (await downloading).path())!, "utf8");
    await expect(page.getByText("Download complete.")).toBeVisible();
  }
  expect(contents.csv).toContain(h.organization.name);
  expect(contents.csv).toContain(`${P(31)}: approve (v2)`);
  const lines = contents.jsonl!.trim().split("\n").map((l) => JSON.parse(l) as unknown);
  expect(lines).toHaveLength(2);
  for (const needle of [h.organization.name, h.texts.quote, P(2)]) expect(holds(lines, needle), needle).toBe(true);
  expect(holds(JSON.parse(contents.w3c!), P(2))).toBe(true);

  // The plain link to the same export: the browser saves it and stays on the page.
  const before = page.url();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Direct link (no progress)" }).click();
  expect(await readFile((await (await downloading).path())!, "utf8")).toContain(h.organization.name);
  expect(page.url()).toBe(before);
  await watch.expectClean("the export page and its downloads");
});

test("[XSS]: an export or release file opened as a page is saved, never shown, and inert by its headers", async () => {
  const { page, watch } = owner;
  const exportUrl = (format: string) => `/api/v1/projects/${h.projectId}/export?format=${format}&status=approved,changes_requested`;
  for (const format of ["csv", "jsonl", "w3c", "datapackage"]) {
    expectInertHeaders(await page.request.get(exportUrl(format)), format);
    await gotoExpectingDownload(page, exportUrl(format));
  }
  const release = await page.request.post(`/api/v1/projects/${h.projectId}/releases`, { data: { name: P(26) } });
  expect(release.status(), await release.text()).toBe(201);
  const { id, files } = (await release.json()) as { id: string; files: { name: string }[] };
  for (const file of files) {
    const url = `/api/v1/releases/${id}/files/${file.name}`;
    expectInertHeaders(await page.request.get(url), file.name);
    await gotoExpectingDownload(page, url);
  }
  await page.goto(`/projects/${h.projectId}/releases`);
  await expect(page.getByRole("heading", { level: 2, name: P(26) })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "claims.jsonl" }).first().click();
  expect(await readFile((await (await downloading).path())!, "utf8")).toContain(h.organization.name);
  await watch.expectClean("export and release URLs opened in the browser");
});

test("[XSS]: even rendered as HTML, an export runs nothing under its own policy; without the policy it would", async ({ browser }) => {
  const url = `/api/v1/projects/${h.projectId}/export?format=jsonl`;
  async function renderAsHtml(keepPolicy: boolean) {
    const page = await (await browser.newContext({ storageState: await owner.page.context().storageState() })).newPage();
    const watch = await watchPage(page);
    // What a misconfigured proxy or a sniffing browser would do: show the bytes as a web page.
    await page.route("**/api/v1/projects/*/export*", async (route) => {
      const response = await route.fetch();
      const headers: Record<string, string> = { ...response.headers(), "content-type": "text/html; charset=utf-8" };
      delete headers["content-disposition"];
      if (!keepPolicy) delete headers["content-security-policy"];
      await route.fulfill({ response, headers });
    });
    await page.goto(url);
    await expect(page.locator("body")).toContainText("clm_");
    await page.waitForTimeout(1500);
    const ran = watch.problems.filter((p) => /^(dialog|script ran)/.test(p));
    const flag = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
    await page.context().close();
    return { ran, flag };
  }
  const guarded = await renderAsHtml(true);
  expect(guarded.ran).toEqual([]);
  expect(guarded.flag).toBeUndefined();
  const unguarded = await renderAsHtml(false);
  expect(unguarded.ran.length, "the corpus is live: without the policy a payload runs").toBeGreaterThan(0);
});
