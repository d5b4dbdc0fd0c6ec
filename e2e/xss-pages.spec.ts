// Hostile documents in the browser: a project whose names, sources, notes, claim values, comments
// and reviews are all XSS payloads (e2e/fixtures/xss-corpus.ts). Every page that shows them (the
// reader, the compare view, the entity page, the claims list and claim page, the review queue,
// search) shows them as text: no dialog opens, no payload sets its flag, and the browser reports no
// policy violation at all, which means no payload even reached the page as markup for the CSP to stop.
import { expect, test } from "@playwright/test";
import { type HostileProject, makeHostileProject, P } from "./fixtures/hostile-project";
import { type HostilePerson, hostileSignUp } from "./fixtures/hostile-sign-up";
import { RTL_OVERRIDE_NAME, XSS_HTML } from "./fixtures/xss-corpus";

let owner: HostilePerson;
let h: HostileProject;

test.beforeAll(async ({ browser }) => {
  owner = await hostileSignUp(browser, "xss-owner", P(2));
  const reviewer = await hostileSignUp(browser, "xss-reviewer", P(10));
  h = await makeHostileProject(owner.page.request, reviewer.page.request, reviewer.account.email);
});

test.describe.configure({ mode: "serial" });

test("[XSS]: an HTML file full of payloads imports as text through the upload form", async () => {
  const { page, watch } = owner;
  await page.goto(`/projects/${h.projectId}/import`);
  await page.getByLabel("Or upload a .txt, .md or .html file").setInputFiles({ name: RTL_OVERRIDE_NAME, mimeType: "text/html", buffer: Buffer.from(XSS_HTML) });
  await expect(page.getByText(RTL_OVERRIDE_NAME, { exact: true })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(P(17));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Upload complete.")).toBeVisible();
  await page.getByRole("link", { name: `Open “${P(17)}”` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(P(17));
  await expect(page.getByText("Hostile capture", { exact: true })).toBeVisible();
  await expect(page.getByText(P(1), { exact: true }).first()).toBeVisible();
  expect(await page.title()).toContain(P(17));
  await watch.expectClean("the imported HTML file in the reader");
});

test("[XSS]: the reader shows the payloads of a text and its notes as text", async () => {
  const { page, watch } = owner;
  await page.goto(`/projects/${h.projectId}/documents/${h.textDocId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(h.texts.docTitle);
  expect(await page.title()).toContain(h.texts.docTitle);
  for (const n of [1, 2, 3, 5, 7, 16, 18]) await expect(page.locator(".rd-text").getByText(P(n), { exact: true }).first()).toBeVisible();
  await expect(page.getByText(h.texts.publisher).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBeGreaterThan(0);
  await page.getByRole("list", { name: "Annotations in text order" }).getByRole("button").first().click();
  await expect(page.getByText(h.texts.note).first()).toBeVisible();
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  await watch.expectClean("the reader");
});

test("[XSS]: entity, claims, claim, compare, review and search pages show the payloads as text", async () => {
  const { page, watch } = owner;
  const base = `/projects/${h.projectId}`;

  await page.goto(`${base}/entities/${h.organization.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(h.organization.name);
  await expect(page.getByText(P(14)).first()).toBeVisible();
  await watch.expectClean("the entity page");

  await page.goto(`${base}/entities`);
  // The person's name is also the text's publisher, which became an entity of its own.
  await expect(page.getByRole("link", { name: h.person.name, exact: true })).toHaveCount(2);
  await watch.expectClean("the entity list");

  await page.goto(`${base}/claims`);
  await expect(page.locator(".claims-table tbody tr")).toHaveCount(3);
  await expect(page.locator(".claims-table").getByText(h.organization.name).first()).toBeVisible();
  await watch.expectClean("the claims list");

  await page.goto(`${base}/claims/${h.statementClaimId}`);
  await expect(page.getByText(h.texts.quote).first()).toBeVisible();
  await expect(page.getByText(h.texts.comment).first()).toBeVisible();
  await expect(page.getByText(h.texts.reviewNote).first()).toBeVisible();
  await watch.expectClean("the statement claim's page");

  await page.goto(`${base}/claims/${h.roleClaimId}`);
  await expect(page.getByText(h.texts.role).first()).toBeVisible();
  await expect(page.getByText(P(29)).first()).toBeVisible();
  await watch.expectClean("the role claim's page");

  await page.goto(`${base}/compare?type=victim_count&subject=${h.event.id}`);
  const chart = page.getByRole("img", { name: /Victim count estimates for/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(new RegExp(`for ${h.event.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await watch.expectClean("the compare view");

  await page.goto(`${base}/review`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await watch.expectClean("the review queue");

  await page.goto(`${base}/search?q=${encodeURIComponent("onerror")}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await watch.expectClean("search results with highlighted snippets");

  for (const path of ["/projects", base, `${base}/members`, `${base}/agreement/${h.textDocId}`, `${base}/documents/${h.textDocId}/versions`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await watch.expectClean(path);
  }
  await page.goto("/projects");
  await expect(page.getByRole("link", { name: h.projectName })).toBeVisible();
});
