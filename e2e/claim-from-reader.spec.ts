// Making claims in the reader: select words, press C, the form opens with the type guessed and the
// fields pre-filled from the words (count and its kind, outcome, event, period); attribution is
// named by alias; a place unknown to the project is created from the form; the claim then shows
// beside its words, on the event's page and in the compare view. Suggested spans are accepted or
// rejected by a person, and a rejection holds after a reload.
import { expect, type Page, test } from "@playwright/test";
import { type Account, createAccount, expectAccessible, newAccount, signIn } from "./helpers";

const TEXT = [
  "Massacre report",
  "In the summer of 1988, more than 30,000 political prisoners were executed in Evin and other prisons, the NCRI says.",
  "Amnesty International later documented the 1988 massacre of political prisoners in detail.",
  "About 4,500 prisoners were killed according to other sources.",
].join("\n\n");

async function post(page: Page, path: string, data: object): Promise<{ id: string }> {
  const res = await page.request.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const p = [...document.querySelectorAll("article [data-rd-content] p")].find((el) => el.textContent?.includes(w))!;
    const node = p.firstChild as Text;
    const at = node.data.indexOf(w);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + w.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

test("[CLAIMS]: select words in the reader, press C, save a pre-filled victim count; find it on the entity page and in the compare view", async ({ browser }) => {
  test.setTimeout(150_000);
  const owner: Account = newAccount("reader-claim");
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const project = await post(page, "/projects", { name: `Reader claims ${Date.now()}` });
  const p = project.id;
  const doc = await post(page, `/projects/${p}/documents`, { title: "Massacre report", text: TEXT, publisher: "MEK-Iran.com" });
  const event = await post(page, `/projects/${p}/entities`, { kind: "event", name: "1988 massacre of political prisoners", aliases: ["اعدام‌های ۱۳۶۷"] });
  const ncri = await post(page, `/projects/${p}/entities`, { kind: "organization", name: "National Council of Resistance of Iran", aliases: ["NCRI"] });

  await page.goto(`/projects/${p}/documents/${doc.id}`);
  await page.waitForFunction(() => performance.getEntriesByName("reader:interactive").length > 0);

  // Select the words and press C: the annotation is made and the form opens, its type guessed.
  const words = "more than 30,000 political prisoners were executed";
  await selectWords(page, words);
  await expect(page.getByRole("button", { name: /^Claim/ })).toBeVisible();
  const annotated = page.waitForResponse((r) => r.url().endsWith(`/documents/${doc.id}/annotations`) && r.request().method() === "POST");
  await page.keyboard.press("c");
  expect((await annotated).status()).toBe(201);
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form).toBeVisible();
  await expect(form.getByTestId("claim-evidence")).toHaveText(words);
  await expect(form.getByRole("radio", { name: /Victim count/ })).toBeChecked();
  await expect(form.getByLabel("Count: kind")).toHaveValue("at_least");
  await expect(form.getByLabel("Count: number")).toHaveValue("30000");
  await expect(form.getByLabel("Outcome")).toHaveValue("executed");
  await expect(form.getByRole("combobox", { name: /^Event/ })).toHaveValue("1988 massacre of political prisoners");
  await expect(form.getByLabel("Period: from")).toHaveValue("1988");
  await expectAccessible(page);

  // Nothing is sent while a required field is empty: the form says which.
  let posted = 0;
  page.on("request", (r) => {
    if (r.url().endsWith(`/projects/${p}/claims`) && r.method() === "POST") posted += 1;
  });
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByText("Asserted by is required.")).toBeVisible();
  expect(posted).toBe(0);

  // Attribution by an alias; a place the project does not know yet is created from the form.
  await form.getByLabel("Asserted by").fill("NCRI");
  await expect(form.getByText("National Council of Resistance of Iran", { exact: true })).toBeVisible();
  await form.getByRole("combobox", { name: /^Place/ }).fill("Evin prison");
  await form.getByRole("button", { name: "Create “Evin prison” as a new place" }).click();
  await expect(form.getByText("Evin prison", { exact: true })).toBeVisible();
  await form.getByLabel("Modality").selectOption("alleged");

  const created = page.waitForResponse((r) => r.url().endsWith(`/projects/${p}/claims`) && r.request().method() === "POST");
  await form.getByRole("button", { name: "Save and submit for review" }).click();
  const claim = (await (await created).json()) as { id: string; fields: Record<string, unknown>; attribution: Record<string, unknown> };
  expect(claim.fields).toMatchObject({ count: { kind: "at_least", value: 30000 }, outcome: "executed", event: event.id, period: { from: "1988", to: "1988" } });
  expect(claim.attribution).toMatchObject({ assertedBy: ncri.id, stance: "asserts", modality: "alleged" });
  await expect(page.getByText("Victim count claim saved and submitted for review.")).toBeVisible();
  const detail = page.getByRole("region", { name: "Annotation" });
  await expect(detail.getByRole("link", { name: "Victim count" })).toHaveAttribute("href", `/projects/${p}/claims/${claim.id}`);
  await expect(detail.locator(".claim-status")).toHaveText("Submitted");

  // The reader's claim filters: by type, and "no claim yet".
  await page.getByLabel("Claim type").selectOption({ label: "No claim yet (0)" });
  await expect(page.getByTestId("annotation-count")).toHaveText("0 of 1");
  await page.getByLabel("Claim type").selectOption({ label: "Victim count (1)" });
  await expect(page.getByTestId("annotation-count")).toHaveText("1");
  await page.getByLabel("Claim status").selectOption({ label: "Submitted (1)" });
  await expect(page.getByTestId("annotation-count")).toHaveText("1");

  // The event's page and the compare view show the claim, with the publisher as reporter.
  await page.goto(`/projects/${p}/entities/${event.id}`);
  await expect(page.getByRole("link", { name: "≥ 30,000 executed" })).toBeVisible();
  await page.goto(`/projects/${p}/compare?type=victim_count&subject=${event.id}`);
  await expect(page.getByRole("img", { name: /Victim count estimates for 1988 massacre of political prisoners: 1 claim/ })).toBeVisible();
  const row = page.locator(".compare-table tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("National Council of Resistance of Iran");
  await expect(row).toContainText("MEK-Iran.com");
});

test("[CLAIMS]: suggested spans are only proposals: rejected ones stay rejected, accepted ones open the claim form", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner: Account = newAccount("suggest");
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const p = (await post(page, "/projects", { name: `Suggestions ${Date.now()}` })).id;
  const doc = await post(page, `/projects/${p}/documents`, { title: "Massacre report", text: TEXT });
  await post(page, `/projects/${p}/entities`, { kind: "organization", name: "Amnesty International", aliases: [] });
  const open = async () => {
    await page.goto(`/projects/${p}/documents/${doc.id}`);
    await page.waitForFunction(() => performance.getEntriesByName("reader:interactive").length > 0);
    await page.getByRole("region", { name: "Suggested spans" }).getByRole("button", { name: "Suggest" }).click();
  };
  await open();
  const items = page.getByTestId("suggestion");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("more than 30,000 political prisoners");
  await expect(items.nth(0)).toContainText("Count: at least 30,000");
  await expect(items.nth(1)).toContainText("Names Amnesty International");
  await expect(items.nth(2)).toContainText("About 4,500 prisoners");
  await expectAccessible(page);

  // Reject the entity's name: gone now and after a reload; nothing was annotated.
  await items.nth(1).getByRole("button", { name: "Reject" }).click();
  await expect(items).toHaveCount(2);
  await open();
  await expect(items).toHaveCount(2);
  await expect(page.getByTestId("annotation-count")).toHaveText("0");

  // Accept a count: the words are annotated and the form opens, pre-filled; Esc closes it.
  await items.nth(1).getByRole("button", { name: "Accept" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.getByTestId("claim-evidence")).toHaveText("About 4,500 prisoners were killed");
  await expect(form.getByLabel("Count: kind")).toHaveValue("approx");
  await expect(form.getByLabel("Count: number")).toHaveValue("4500");
  await expect(form.getByLabel("Outcome")).toHaveValue("killed");
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("annotation-count")).toHaveText("1");
  await expect(items).toHaveCount(1);

  // A draft made on those words, then a second span added to it as evidence.
  const detail = page.getByRole("region", { name: "Annotation" });
  await detail.getByRole("button", { name: /^Make a claim/ }).click();
  await form.getByLabel("Asserted by").fill("Amnesty International");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Victim count claim saved as a draft.")).toBeVisible();
  await selectWords(page, "documented the 1988 massacre");
  await page.keyboard.press("a");
  await expect(detail.getByTestId("annotation-exact")).toHaveText("documented the 1988 massacre");
  await detail.getByRole("button", { name: "Add to one of my drafts…" }).click();
  await detail.getByLabel("Add these words as evidence to").selectOption({ label: "Victim count: ≈ 4,500 killed (1 span)" });
  const patched = page.waitForResponse((r) => /\/api\/v1\/claims\//.test(r.url()) && r.request().method() === "PATCH");
  await detail.getByRole("button", { name: "Add", exact: true }).click();
  const claim = (await (await patched).json()) as { evidence: string[]; version: number };
  expect(claim.evidence).toHaveLength(2);
  expect(claim.version).toBe(2);
  await expect(page.getByText("Added as evidence 2 of the Victim count claim (now version 2).")).toBeVisible();
  await expect(detail.getByRole("link", { name: "Victim count" })).toBeVisible();
});
