// Capturing a web page end to end: a publisher's site (a seed article with its chrome, images and
// a redirect) and a timestamp authority served by this test on 127.0.0.1, the "Capture a web page"
// form, the article and its custody on the document page, an annotation on it, and the WACZ.
import { expect, test } from "@playwright/test";
import { startFixtureSite, type FixtureSite } from "../test/support/capture/fixture-site";
import { startOpensslTsa, type OpensslTsa } from "../test/support/capture/openssl-tsa";
import { unzipEntries } from "../lib/capture/verify/unzip-entries";
import { createAccount, expectAccessible, newAccount, signIn } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3100);
let site: FixtureSite;
let tsa: OpensslTsa;

test.beforeAll(async () => {
  site = await startFixtureSite(PORT + 2);
  tsa = await startOpensslTsa(PORT + 3);
});

test.afterAll(async () => {
  await site?.close();
  await tsa?.close();
});

test("[CAPTURE]: capture a page, read its article and custody, annotate it, download the WACZ", async ({ page }) => {
  test.setTimeout(150_000);
  const account = newAccount("capture");
  await createAccount(page.request, account);
  await signIn(page, account);
  const created = await page.request.post("/api/v1/projects", { data: { name: "Captured evidence" } });
  expect(created.status()).toBe(201);
  const projectId = ((await created.json()) as { id: string }).id;
  const article = site.pages[4]!;

  await page.goto(`/projects/${projectId}/import`);
  await expect(page.getByRole("heading", { name: "Capture a web page" })).toBeVisible();
  await expectAccessible(page);
  // The form is React's once hydrated (its submit handler is attached): before that a click would post the form natively.
  await page.waitForFunction(() => Object.keys(document.querySelector("#capture-urls") ?? {}).some((k) => k.startsWith("__react")));
  await page.getByLabel("Page addresses").fill(`${site.origin}/r/${article.slug}`);
  await page.getByRole("button", { name: "Capture", exact: true }).click();
  await expect(page.getByTestId("capture-job")).toBeVisible();
  const open = page.getByRole("link", { name: "Open the document" });
  await expect(open).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("capture-job")).toContainText("Captured");
  await open.click();

  // The article, not the chrome.
  const text = page.getByRole("article", { name: "Document text" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(text).toContainText("More than 30,000 political prisoners");
  await expect(text).not.toContainText("Copyright");
  await expect(text).not.toContainText("Newsletter");

  // Custody, and the timestamp verified on the page.
  const custody = page.getByTestId("capture-panel");
  await expect(custody).toContainText(`${site.origin}/r/${article.slug}`);
  await expect(custody).toContainText(`${site.origin}/articles/${article.slug}`);
  await expect(page.getByTestId("capture-address")).toHaveText("127.0.0.1");
  await expect(page.getByTestId("capture-timestamp")).toHaveText("Verified");
  await page.getByText("Show the full page text").click();
  await expect(page.getByTestId("capture-page-text")).toContainText("Copyright © 2020 MEK-Iran.com");
  await page.waitForFunction(() => performance.getEntriesByName("reader:interactive").length > 0);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/capture-document.png", fullPage: true });

  // Annotate words of the article.
  const phrase = "30,000 political prisoners";
  await page.evaluate((words) => {
    const p = [...document.querySelectorAll("article [data-rd-content] p")].find((el) => el.textContent?.includes(words))!;
    const node = p.firstChild as Text;
    const at = node.data.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
  }, phrase);
  await expect(page.getByRole("button", { name: /^Annotate/ })).toBeVisible();
  const [response] = await Promise.all([
    page.waitForResponse((r) => /\/api\/v1\/documents\/[^/]+\/annotations$/.test(r.url()) && r.request().method() === "POST"),
    page.keyboard.press("a"),
  ]);
  expect(response.status()).toBe(201);
  expect(((await response.json()) as { exact: string }).exact).toBe(phrase);

  // The WACZ: downloaded as the browser does, its hash the one shown, its files listed.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("capture-download").click()]);
  const bytes = await (await download.createReadStream()).toArray();
  const wacz = Buffer.concat(bytes as Buffer[]);
  const { createHash } = await import("node:crypto");
  await expect(page.getByTestId("capture-sha256")).toHaveText(createHash("sha256").update(wacz).digest("hex"));
  const files = await unzipEntries(wacz);
  expect([...files.keys()].sort()).toEqual(["archive/data.warc.gz", "datapackage-digest.json", "datapackage.json", "indexes/index.cdx", "pages/pages.jsonl"]);
  expect(download.suggestedFilename()).toMatch(/\.wacz$/);
});

test("[CAPTURE]: a list of addresses goes in one request; one refused address queues none and is named", async ({ page }) => {
  const account = newAccount("capture-list");
  await createAccount(page.request, account);
  await signIn(page, account);
  const created = await page.request.post("/api/v1/projects", { data: { name: "Captured list" } });
  const projectId = ((await created.json()) as { id: string }).id;
  await page.goto(`/projects/${projectId}/import`);
  await page.waitForFunction(() => Object.keys(document.querySelector("#capture-urls") ?? {}).some((k) => k.startsWith("__react")));
  const sent: unknown[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith(`/projects/${projectId}/sources`)) sent.push(r.postDataJSON());
  });
  await page.getByLabel("Page addresses").fill(`${site.origin}/articles/changing\nhttp://10.0.0.1/intranet`);
  await page.getByRole("button", { name: "Capture", exact: true }).click();
  const rows = page.getByTestId("capture-job");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Not captured");
  await expect(rows.nth(1)).toContainText(/not allowed|private|refused/i);
  await expect(rows.nth(0)).toContainText("none was queued");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/capture-list-refused.png", fullPage: true });
  expect(sent).toEqual([{ urls: [`${site.origin}/articles/changing`, "http://10.0.0.1/intranet"] }]);
  const jobs = await page.request.get(`/api/v1/projects/${projectId}/events?limit=50`);
  expect(((await jobs.json()) as { items: { type: string }[] }).items.some((e) => e.type === "source.capture_requested")).toBe(false);
});
