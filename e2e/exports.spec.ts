// Exports end to end: an owner's project with an approved claim (made through the API with each
// person's session), downloaded as CSV from the export page with a progress bar, then frozen as a
// release whose files hash to what the page shows; the releases page lists it.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { type APIResponse, type Browser, expect, type Page, test } from "@playwright/test";
import { CsvRecordScanner } from "../lib/exports/csv-records";
import { type Account, createAccount, expectAccessible, newAccount, signIn } from "./helpers";

async function ok<T = { id: string }>(res: APIResponse, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

async function signedIn(browser: Browser, label: string): Promise<{ account: Account; page: Page }> {
  const account = newAccount(label);
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await createAccount(page.request, account);
  await signIn(page, account);
  return { account, page };
}

const TEXT = "Witnesses 👩🏽‍⚖️ said some 30,000 prisoners were executed.\r\nگزارش می‌گوید که ۳۰٬۰۰۰ زندانی اعدام شدند.";

test("[EXPORT]: download a CSV with progress and create a release", async ({ browser }) => {
  const owner = await signedIn(browser, "export-owner");
  const reviewer = await signedIn(browser, "export-reviewer");
  const api = owner.page.request;
  const project = await ok(await api.post("/api/v1/projects", { data: { name: `Export e2e ${owner.account.name}` } }), 201);
  await ok(await api.post(`/api/v1/projects/${project.id}/members`, { data: { email: reviewer.account.email, role: "reviewer" } }), 201);
  const doc = await ok(await api.post(`/api/v1/projects/${project.id}/documents`, { data: { title: "Witness report", text: TEXT } }), 201);
  const org = await ok(await api.post(`/api/v1/projects/${project.id}/entities`, { data: { kind: "organization", name: "Amnesty International" } }), 201);
  const claimIds: string[] = [];
  for (const exact of ["some 30,000 prisoners", "می‌گوید که ۳۰٬۰۰۰ زندانی"]) {
    const ann = await ok(await api.post(`/api/v1/documents/${doc.id}/annotations`, { data: { quote: { exact } } }), 201);
    const claim = await ok(
      await api.post(`/api/v1/projects/${project.id}/claims`, {
        data: { type: "victim_count", fields: { count: { kind: "approx", value: 30000 }, outcome: "executed" }, evidence: [ann.id], attribution: { assertedBy: org.id, stance: "asserts" } },
      }),
      201,
    );
    await ok(await api.post(`/api/v1/claims/${claim.id}/submit`));
    await ok(await reviewer.page.request.post(`/api/v1/claims/${claim.id}/reviews`, { data: { decision: "approve" } }), 201);
    claimIds.push(claim.id);
  }

  const page = owner.page;
  await page.goto(`/projects/${project.id}/export`);
  await expect(page.getByRole("heading", { level: 1, name: "Export the dataset" })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const download = await downloading;
  await expect(page.getByText("Download complete.")).toBeVisible();
  await expect(page.getByLabel("Export progress")).toHaveAttribute("value", "2");
  await expect(page.getByTestId("export-figures")).toContainText("2 of 2 rows (100%)");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toMatch(/^claim_id,claim_type,claim_version,status,/);
  const records = new CsvRecordScanner();
  records.count(new TextEncoder().encode(csv));
  expect(records.records).toBe(3);
  expect(csv).toContain('," were executed.\r\nگزارش ');
  expect(csv).toContain("می‌گوید که ۳۰٬۰۰۰ زندانی");
  for (const id of claimIds) expect(csv).toContain(id);
  await expectAccessible(page);

  await page.getByLabel("Release name").fill("E2E release");
  await page.getByRole("button", { name: "Create release" }).click();
  await expect(page.getByText("Release “E2E release” created with 2 claims.")).toBeVisible();
  const files = page.getByRole("table", { name: "Files of release E2E release" });
  await expect(files.getByRole("row")).toHaveCount(7);
  const csvRow = files.getByRole("row", { name: /claims\.csv/ });
  const shown = (await csvRow.locator(".sha").textContent())?.trim();
  const href = await csvRow.getByRole("link", { name: "claims.csv" }).getAttribute("href");
  const stored = await page.request.get(href!);
  expect(createHash("sha256").update(await stored.body()).digest("hex")).toBe(shown);
  await expectAccessible(page);

  await page.getByRole("link", { name: "All releases" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "E2E release" })).toBeVisible();
  await expect(page).toHaveTitle(/^Releases/);
  await expectAccessible(page);

  const outsider = await signedIn(browser, "export-outsider");
  await outsider.page.goto(`/projects/${project.id}/export`);
  await expect(outsider.page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});
