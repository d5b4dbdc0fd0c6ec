// Backups end to end: an owner downloads a backup from the project settings, is told on the
// projects page that this very project already exists here, then restores a backup made elsewhere
// (with upload progress) and opens the restored project.
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { handMadeBackup } from "../test/support/hand-made-backup";
import { createAccount, expectAccessible, newAccount, signIn } from "./helpers";

test("[BACKUP]: download a project backup and restore one from the projects page", async ({ browser }) => {
  const account = newAccount("backup-owner");
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await createAccount(page.request, account);
  await signIn(page, account);
  const res = await page.request.post("/api/v1/projects", { data: { name: `Backup e2e ${account.name}` } });
  const project = (await res.json()) as { id: string };
  await page.request.post(`/api/v1/projects/${project.id}/documents`, { data: { title: "Witness report", text: "Some 30,000 prisoners were executed." } });

  await page.goto(`/projects/${project.id}/settings`);
  await expect(page.getByRole("heading", { level: 2, name: "Backup" })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download a backup" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${project.id}-.*\\.backup\\.jsonl\\.gz$`));
  const archive = await readFile((await download.path())!);
  const lines = gunzipSync(archive).toString("utf8").trim().split("\n");
  expect(JSON.parse(lines[0]!).header.projectId).toBe(project.id);
  expect(lines.filter((l) => l.includes(`"text":"Some 30,000 prisoners were executed."`))).toHaveLength(1);

  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 2, name: "Restore from backup" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Backup file").setInputFiles({ name: "existing.backup.jsonl.gz", mimeType: "application/gzip", buffer: archive });
  await page.getByRole("button", { name: "Restore project" }).click();
  await expect(page.getByText(/already exists here/)).toBeVisible();

  const elsewhere = handMadeBackup(account.email, "Restored from elsewhere");
  await page.getByLabel("Backup file").setInputFiles({ name: "elsewhere.backup.jsonl.gz", mimeType: "application/gzip", buffer: elsewhere.bytes });
  await page.getByRole("button", { name: "Restore project" }).click();
  await expect(page.getByText("Restored “Restored from elsewhere”: its 2 events verify.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Open Restored from elsewhere" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${elsewhere.projectId}$`));
  const verify = await page.request.get(`/api/v1/projects/${elsewhere.projectId}/events/verify`);
  expect(await verify.json()).toMatchObject({ ok: true, count: 2 });
});
