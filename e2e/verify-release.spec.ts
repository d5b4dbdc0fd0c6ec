// Releases prove themselves end to end: a reviewed claim is released, its files are saved to disk,
// the release's own verify.html is opened from the disk (file://, offline) and given the files:
// every check passes. One changed byte in a file makes it fail, naming that file. The project page
// shows the signed log head; the plain-words page explains how to check a release.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type APIResponse, type Browser, expect, type Page, test } from "@playwright/test";
import { type Account, createAccount, expectAccessible, newAccount, signIn } from "./helpers";

async function ok<T = { id: string }>(res: APIResponse, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function signedIn(browser: Browser, label: string): Promise<{ account: Account; page: Page }> {
  const account = newAccount(label);
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, account);
  await signIn(page, account);
  return { account, page };
}

test("[LOG]: a release's verify.html, opened from disk, passes every check and names a changed file", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await signedIn(browser, "log-owner");
  const reviewer = await signedIn(browser, "log-reviewer");
  const api = owner.page.request;
  const project = await ok(await api.post("/api/v1/projects", { data: { name: `Log e2e ${owner.account.name}` } }), 201);
  await ok(await api.post(`/api/v1/projects/${project.id}/members`, { data: { email: reviewer.account.email, role: "reviewer" } }), 201);
  const doc = await ok(await api.post(`/api/v1/projects/${project.id}/documents`, { data: { title: "Witness report", text: "Witnesses said some 30,000 prisoners were executed. گزارش می‌گوید" } }), 201);
  const org = await ok(await api.post(`/api/v1/projects/${project.id}/entities`, { data: { kind: "organization", name: "Amnesty International" } }), 201);
  const ann = await ok(await api.post(`/api/v1/documents/${doc.id}/annotations`, { data: { quote: { exact: "some 30,000 prisoners" } } }), 201);
  const claim = await ok(
    await api.post(`/api/v1/projects/${project.id}/claims`, {
      data: { type: "victim_count", fields: { count: { kind: "approx", value: 30000 }, outcome: "executed" }, evidence: [ann.id], attribution: { assertedBy: org.id, stance: "asserts" } },
    }),
    201,
  );
  await ok(await api.post(`/api/v1/claims/${claim.id}/submit`));
  await ok(await reviewer.page.request.post(`/api/v1/claims/${claim.id}/reviews`, { data: { decision: "approve" } }), 201);

  const release = await ok<{ id: string; files: { name: string }[]; logHead: { treeSize: number; keyId: string } }>(
    await api.post(`/api/v1/projects/${project.id}/releases`, { data: { name: "Proved release" } }),
    201,
  );
  expect(release.files.map((f) => f.name)).toEqual(expect.arrayContaining(["log-proofs.jsonl", "verify.html"]));
  const dir = mkdtempSync(path.join(os.tmpdir(), "e2e-release-"));
  for (const f of release.files) {
    const res = await api.get(`/api/v1/releases/${release.id}/files/${encodeURIComponent(f.name)}`);
    expect(res.status()).toBe(200);
    writeFileSync(path.join(dir, f.name), await res.body());
  }
  const data = release.files.filter((f) => f.name !== "verify.html").map((f) => path.join(dir, f.name));

  // The project page shows the head, at least as far as the release's.
  await owner.page.goto(`/projects/${project.id}`);
  const head = owner.page.getByTestId("log-head");
  await expect(head).toContainText(release.logHead.keyId.slice(0, 16));
  await expectAccessible(owner.page);

  // verify.html from disk, in a context with no network to the app at all (bypassCSP lets axe in).
  const offline = await (await browser.newContext({ offline: true, bypassCSP: true })).newPage();
  await offline.goto(pathToFileURL(path.join(dir, "verify.html")).href);
  await expect(offline.getByRole("heading", { level: 1 })).toContainText("Proved release");
  await offline.getByLabel("Release files").setInputFiles(data);
  await expect(offline.getByRole("status")).toHaveText(/^Every check passed \(\d+\)\.$/);
  const checks = offline.getByRole("list", { name: "Checks" }).getByRole("listitem");
  await expect(checks.filter({ hasText: "log head" })).toContainText("is signed by key");
  await expect(checks.filter({ hasText: `claim ${claim.id}` })).toContainText("are in the signed log");
  await expect(checks.filter({ hasText: "claims.csv: matches the manifest" })).toHaveCount(1);
  await expect(offline.locator("li.fail")).toHaveCount(0);
  await expectAccessible(offline);

  // One byte of claims.csv changed: the page says so, by name.
  const csv = readFileSync(path.join(dir, "claims.csv"));
  csv[csv.length - 3] = csv[csv.length - 3]! ^ 0x01;
  writeFileSync(path.join(dir, "claims.csv"), csv);
  await offline.reload();
  await offline.getByLabel("Release files").setInputFiles(data);
  await expect(offline.getByRole("status")).toHaveText(/^1 of \d+ checks failed\.$/);
  await expect(offline.locator("li.fail")).toHaveCount(1);
  await expect(offline.locator("li.fail")).toContainText("claims.csv: does not match the manifest");
  await offline.screenshot({ path: "test-results/verify-html-failed.png", fullPage: true });

  // The plain-words page, for a reader who is not signed in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/verify");
  await expect(visitor.getByRole("heading", { level: 1, name: "How to check a release" })).toBeVisible();
  await expectAccessible(visitor);
});
