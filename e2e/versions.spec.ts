// Versions and imports end to end: a corrected text re-imported through the versions page sends
// annotations to the orphan queue, where a person re-attaches one to words selected with the
// keyboard and retires another; and an HTML file carrying scripts is imported through the import
// page without any of its code running or reaching the text. Every test makes its own account.
import { createHash } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { MAX_TEXT_BYTES } from "../lib/documents/schemas";
import { createAccount, expectAccessible, newAccount, signIn } from "./helpers";

const V1 = [
  "In the summer of 1988 the regime executed thousands of political prisoners.",
  "A delegation called the Death Commission was formed to implement the fatwa.",
  "Several members of the commission still hold office today.",
  "The families were never told where the bodies were buried.",
].join("\n\n");
const V2 = [
  "Editor's note: corrected after review.",
  "In the summer of 1988 the regime executed thousands of political prisoners.",
  "A delegation called the Death Commission was formed to implement the fatwa.",
  "Survivors told a tribunal that members of that commission hold office today.",
].join("\n\n");

async function api<T = Record<string, unknown>>(page: Page, method: "get" | "post", url: string, data?: unknown): Promise<T> {
  const res = method === "get" ? await page.request.get(url) : await page.request.post(url, { data });
  expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

async function signedInWithProject(page: Page, label: string): Promise<string> {
  const account = newAccount(label);
  await createAccount(page.request, account);
  await signIn(page, account);
  return (await api<{ id: string }>(page, "post", "/api/v1/projects", { name: `E2E ${label}` })).id;
}

test("[VERSIONS]: resolve an orphan after a re-import", async ({ page }) => {
  test.setTimeout(120_000);
  const projectId = await signedInWithProject(page, "versions");
  const doc = await api<{ id: string }>(page, "post", `/api/v1/projects/${projectId}/documents`, { title: "Testimony", text: V1, language: "en" });
  const ids: Record<string, string> = {};
  for (const exact of ["thousands of political prisoners", "Death Commission", "still hold office today", "never told where the bodies were buried"]) {
    ids[exact] = (await api<{ id: string }>(page, "post", `/api/v1/documents/${doc.id}/annotations`, { quote: { exact } })).id;
  }

  await page.goto(`/projects/${projectId}/documents/${doc.id}/versions`);
  await expect(page.getByRole("row", { name: /Version 1/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Paste the text").fill(V2);
  await page.getByRole("button", { name: "Import as a new version" }).click();
  await expect(page.getByTestId("reanchor-report")).toHaveText("2 annotations moved, 2 sent to the orphan queue.");
  await expect(page.getByRole("row", { name: /Version 2/ })).toBeVisible();
  await expectAccessible(page);
  const v2 = (await api<{ items: { id: string; version: number }[] }>(page, "get", `/api/v1/documents/${doc.id}/versions`)).items.at(-1)!;
  expect(v2.version).toBe(2);

  await page.getByRole("link", { name: /Open the orphan queue/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orphan queue" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Waiting for a decision (2)" })).toBeVisible();
  await expectAccessible(page);

  // Re-attach by selecting the words in the newest text with the keyboard.
  // The newest text travels only when someone needs it to select words, checked on arrival.
  const office = page.getByRole("article", { name: /still hold office today/ });
  const textDownload = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/documents/${v2.id}/text`);
  await office.getByRole("button", { name: "Select the words yourself" }).click();
  expect((await textDownload).status()).toBe(200);
  const text = office.getByRole("textbox", { name: /select the words this annotation belongs to/ });
  await expect(text).toBeFocused();
  const words = "members of that commission hold office today";
  await text.evaluate((el: HTMLTextAreaElement, w) => {
    const at = el.value.indexOf(w);
    el.setSelectionRange(at, at);
  }, words);
  for (let i = 0; i < words.length; i++) await text.press("Shift+ArrowRight");
  await expect(text).toHaveAccessibleDescription(new RegExp(`^Selected: ${words} \\(${words.length} characters\\)$`));
  await expectAccessible(page);
  await office.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(page.getByRole("status")).toContainText(`Re-attached “still hold office today” to “${words}”.`);
  await expect(office).toHaveCount(0);

  const buried = page.getByRole("article", { name: /never told where the bodies were buried/ });
  await buried.getByLabel("Reason for retiring").fill("The passage was removed from the corrected article.");
  await buried.getByRole("button", { name: "Retire" }).click();
  await expect(page.getByText("The orphan queue is empty")).toBeVisible();
  await expectAccessible(page);

  const reattached = await api<{ status: string; documentId: string; start: number; end: number; exact: string }>(page, "get", `/api/v1/annotations/${ids["still hold office today"]}`);
  expect(reattached).toMatchObject({ status: "active", documentId: v2.id, exact: words });
  expect(V2.slice(reattached.start, reattached.end)).toBe(words);
  const retired = await api<{ status: string }>(page, "get", `/api/v1/annotations/${ids["never told where the bodies were buried"]}`);
  expect(retired.status).toBe("retired");
  expect((await api<{ items: unknown[] }>(page, "get", `/api/v1/documents/${v2.id}/orphans`)).items).toEqual([]);
  const onV2 = await api<{ items: { exact: string }[] }>(page, "get", `/api/v1/documents/${v2.id}/annotations`);
  expect(onV2.items.map((a) => a.exact).sort()).toEqual(["Death Commission", words, "thousands of political prisoners"].sort());
});

const PERSIAN = "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627\u06cc \u062a\u0627\u0628\u0633\u062a\u0627\u0646 \u06f1\u06f3\u06f6\u06f7";
const HOSTILE_HTML = `<!doctype html><html lang="en"><head><title>Blood-soaked secrets</title>
<script>window.__pwned = 1</script><style>body { display: none }</style></head>
<body onload="window.__pwned = 3"><h1>Blood-soaked secrets</h1>
<p>In the summer of 1988 thousands of political prisoners were executed.</p>
<img src=x onerror="window.__pwned = 2"><h2>Death commissions</h2>
<p>Families were <a href="javascript:window.__pwned=4">never told</a> where the bodies were buried.</p>
<p dir="rtl">${PERSIAN}</p></body></html>`;

test("[IMPORT]: upload an HTML file with a script", async ({ page }) => {
  const projectId = await signedInWithProject(page, "import");
  await page.goto(`/projects/${projectId}/import`);
  await expectAccessible(page);
  await page.getByLabel("Or upload a .txt, .md or .html file").setInputFiles({
    name: "blood-soaked-secrets.html",
    mimeType: "text/html",
    buffer: Buffer.from(HOSTILE_HTML),
  });
  await expect(page.getByText("blood-soaked-secrets.html", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Blood-soaked secrets");
  await expect(page.getByLabel(/^Language/)).toHaveValue("en");
  await page.getByLabel(/^Publisher/).fill("Amnesty International");
  await page.getByLabel(/^Published/).fill("2018-12");
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const progress = page.getByRole("progressbar", { name: "Upload progress" });
  await expect(progress).toHaveAttribute("value", "100");
  await expect(page.getByText("Upload complete.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Imported" })).toBeFocused();
  await expectAccessible(page);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

  await page.getByRole("link", { name: "Open “Blood-soaked secrets”" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/documents/doc_`));
  for (const line of ["Death commissions", "In the summer of 1988 thousands of political prisoners were executed.", PERSIAN]) {
    await expect(page.getByText(line, { exact: true }).first()).toBeVisible();
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

  const documentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const stored = await api<{ text: string; publisher: string; publishedAt: string; format: string }>(page, "get", `/api/v1/documents/${documentId}`);
  expect(stored).toMatchObject({ publisher: "Amnesty International", publishedAt: "2018-12", format: "html" });
  expect(stored.text).toBe(
    [
      "Blood-soaked secrets",
      "In the summer of 1988 thousands of political prisoners were executed.",
      "Death commissions",
      "Families were never told where the bodies were buried.",
      PERSIAN,
    ].join("\n\n"),
  );
  expect(stored.text).not.toMatch(/pwned|script|onerror|javascript|display/);
});

test("[IMPORT]: a text over 5 MB is refused in the browser and by the server; a viewer cannot import", async ({ page, browser }) => {
  const projectId = await signedInWithProject(page, "too-large");
  await page.goto(`/projects/${projectId}/import`);
  const posts: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && req.url().includes("/documents")) posts.push(req.url());
  });
  await page.getByLabel("Or upload a .txt, .md or .html file").setInputFiles({
    name: "whole-archive.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(MAX_TEXT_BYTES + 512 * 1024, "a"),
  });
  await expect(page.getByText("whole-archive.txt is larger than the 5 MB limit for text (5.5 MB).", { exact: false })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Too large");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Check the fields marked below.")).toBeVisible();
  await expect(page.getByLabel("Or upload a .txt, .md or .html file")).toBeFocused();
  await expect(page.getByText(/^whole-archive\.txt is larger than the 5 MB limit/)).toBeVisible();
  await expectAccessible(page);
  expect(posts).toEqual([]);

  const refused = await page.request.post(`/api/v1/projects/${projectId}/documents`, { data: { title: "Too large", text: "a".repeat(MAX_TEXT_BYTES + 1) } });
  expect(refused.status()).toBe(413);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

  const viewer = newAccount("import-viewer");
  await createAccount(page.request, viewer);
  await api(page, "post", `/api/v1/projects/${projectId}/members`, { email: viewer.email, role: "viewer" });
  const viewerPage = await (await browser.newContext()).newPage();
  await signIn(viewerPage, viewer);
  await viewerPage.goto(`/projects/${projectId}/import`);
  await expect(viewerPage.getByText("Your role cannot import documents.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await expectAccessible(viewerPage);
});

test("[IMPORT]: a .txt file is stored exactly as the file has it", async ({ page }) => {
  const projectId = await signedInWithProject(page, "txt");
  const text = `${PERSIAN}\r\n\r\nLine two with a ZWNJ: \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\r\n  indented line \u{1F56F}\uFE0F\r\n`;
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Or upload a .txt, .md or .html file").setInputFiles({ name: "evin_testimony.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("evin testimony");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Upload progress" })).toHaveAttribute("value", "100");
  const link = page.getByRole("link", { name: "Open “evin testimony”" });
  const documentId = (await link.getAttribute("href"))!.split("/").at(-1)!;
  const stored = await api<{ text: string; sha256: string; length: number }>(page, "get", `/api/v1/documents/${documentId}`);
  expect(stored.text).toBe(text);
  expect(stored).toMatchObject({ sha256: createHash("sha256").update(text, "utf8").digest("hex"), length: text.length });
});
