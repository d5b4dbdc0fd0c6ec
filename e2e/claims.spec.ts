// Claims and entities end to end: entities and claims made through the API (with the session of a
// person signed in through the form) appear on the entity page, in the claims list and on the claim
// page, and in the compare view as a chart with one mark per claim and an independence summary;
// reviewers' judgements (reliability, merge) and the author's submit go through the pages; an owner
// defines a claim type on the settings page. Every page passes axe without serious findings.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { type Account, createAccount, expectAccessible, newAccount, signIn } from "./helpers";

const TEXT = [
  "The NCRI says that at least 30,000 political prisoners were executed in the summer of 1988.",
  "According to the NCRI, about 3,000 prisoners were executed in Evin alone.",
  "Amnesty International estimates that between 4,000 and 5,000 prisoners were executed.",
  "A spokesman said the number of those executed was unknown.",
];

async function post(request: APIRequestContext, path: string, data: object): Promise<{ id: string } & Record<string, unknown>> {
  const res = await request.post(`/api/v1${path}`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** A project of the signed-in owner with three documents from two publishers and four claims. */
async function makeSetting(page: Page) {
  const r = page.request;
  const project = await post(r, "/projects", { name: `Claims e2e ${Date.now()}` });
  const p = project.id;
  const doc = (title: string, text: string, publisher: string) => post(r, `/projects/${p}/documents`, { title, text, publisher });
  const docA = await doc("Report A", `${TEXT[0]}\n\n${TEXT[3]}`, "MEK-Iran.com");
  const docB = await doc("Report B", TEXT[2]!, "Iran Human Rights Monitor");
  const docC = await doc("Report C", TEXT[1]!, "MEK-Iran.com");
  const ann = async (documentId: string, exact: string) => (await post(r, `/documents/${documentId}/annotations`, { quote: { exact } })).id;
  const event = await post(r, `/projects/${p}/entities`, { kind: "event", name: "1988 massacre of political prisoners", aliases: ["اعدام‌های ۱۳۶۷"] });
  const ncri = await post(r, `/projects/${p}/entities`, { kind: "organization", name: "National Council of Resistance of Iran", aliases: ["NCRI", "شورای ملی مقاومت"] });
  const amnesty = await post(r, `/projects/${p}/entities`, { kind: "organization", name: "Amnesty International", wikidataId: "Q42970" });
  const spokesman = await post(r, `/projects/${p}/entities`, { kind: "person", name: "A government spokesman" });
  const count = (c: object, documentId: string, exact: string, assertedBy: string, modality = "estimated") =>
    ann(documentId, exact).then((a) =>
      post(r, `/projects/${p}/claims`, {
        type: "victim_count",
        fields: { count: c, outcome: "executed", event: event.id },
        evidence: [a],
        attribution: { assertedBy, stance: "asserts", modality },
      }),
    );
  const atLeast = await count({ kind: "at_least", value: 30000 }, docA.id, "at least 30,000 political prisoners were executed", ncri.id);
  await count({ kind: "approx", value: 3000 }, docC.id, "about 3,000 prisoners were executed in Evin alone", ncri.id);
  await count({ kind: "range", min: 4000, max: 5000 }, docB.id, "between 4,000 and 5,000 prisoners were executed", amnesty.id);
  await count({ kind: "unknown" }, docA.id, "the number of those executed was unknown", spokesman.id, "alleged");
  return { p, event: event.id, ncri: ncri.id, claim: atLeast.id };
}

test("[CLAIMS]: claims made through the API show on the entity page, the claim page and in the compare view", async ({ browser }) => {
  test.setTimeout(120_000);
  const owner: Account = newAccount("claims-owner");
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const s = await makeSetting(page);
  const base = `/projects/${s.p}`;

  // The entity list finds a name by an alias in another script, and creates entities.
  await page.goto(`${base}/entities`);
  await page.getByLabel("Name or alias").fill("شورای ملی");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "National Council of Resistance of Iran" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Amnesty International" })).toHaveCount(0);
  await expectAccessible(page);
  const add = page.getByRole("form", { name: "Add an entity" });
  await add.getByLabel("Kind").selectOption("place");
  await add.getByLabel("Name").fill("Evin Prison");
  await add.getByLabel("Aliases").fill("زندان اوین\nEvin");
  await add.getByRole("button", { name: "Add entity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evin Prison" })).toBeVisible();
  await expect(page.getByText("زندان اوین")).toBeVisible();

  // The event's page lists every claim about it, with the asserter's reliability apart from credibility.
  await page.goto(`${base}/entities/${s.event}`);
  await expect(page.getByRole("heading", { level: 1, name: "1988 massacre of political prisoners" })).toBeVisible();
  await expect(page.getByText("اعدام‌های ۱۳۶۷")).toBeVisible();
  const rows = page.locator(".claims-table tbody tr");
  await expect(rows).toHaveCount(4);
  for (const value of ["≥ 30,000 executed", "≈ 3,000 executed", "4,000–5,000 executed", "unknown executed"]) await expect(page.getByRole("link", { name: value })).toBeVisible();
  await expect(rows.first().getByText("subject (event)")).toBeVisible();
  await expectAccessible(page);

  // A reviewer-or-above judges the NCRI's reliability and that a duplicate is the same organisation.
  const duplicate = await post(page.request, `/projects/${s.p}/entities`, { kind: "organization", name: "NCRI (Paris office)" });
  await page.goto(`${base}/entities/${s.ncri}`);
  await page.getByLabel("Reliability as a source").selectOption("D");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Reliability set to D: Not usually reliable.")).toBeVisible();
  await page.getByLabel("Search organisation names and aliases").fill("paris");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("radio", { name: /NCRI \(Paris office\)/ }).check();
  await page.getByLabel("Why they are the same").fill("The Paris office speaks for the council.");
  await page.getByRole("button", { name: "Record they are the same" }).click();
  await expect(page.getByText(`judged the same by ${owner.name}`)).toBeVisible();
  await expect(page.locator(".claims-table tbody tr")).toHaveCount(2);
  expect((await (await page.request.get(`/api/v1/entities/${duplicate.id}`)).json()).mergedIntoId).toBe(s.ncri);
  await expectAccessible(page);

  // The compare view: one row and mark per claim, and the independence of their origins.
  await page.goto(`${base}/compare?type=victim_count&subject=${s.event}`);
  const chart = page.getByRole("img", { name: /Victim count estimates for 1988 massacre of political prisoners: 4 claims/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator("title").first()).toHaveText(/4 claims, from 3,000 to 30,000/);
  await expect(chart.locator("[data-mark]")).toHaveCount(4);
  for (const shape of ["at_least", "point", "range", "none"]) await expect(chart.locator(`[data-mark="${shape}"]`)).toHaveCount(1);
  await expect(page.getByTestId("independence-summary")).toHaveText("3 independent originating asserters behind 3 documents; 1 document merely repeats an origin.");
  await expect(page.locator(".origin-table tbody tr").filter({ hasText: "National Council of Resistance of Iran" })).toContainText(/2\s*2/);
  await expect(page.locator(".compare-table tbody tr")).toHaveCount(4);
  await expectAccessible(page);

  // The claims list filters by entity; the claim page reads the chain, and its author submits it.
  await page.goto(`${base}/claims?entity=${s.ncri}`);
  await expect(page.locator(".claims-table tbody tr")).toHaveCount(2);
  await expectAccessible(page);
  await page.goto(`${base}/claims/${s.claim}`);
  await expect(page.locator(".attribution-chain")).toContainText(/^National Council of Resistance of Iran.* asserts, reported by MEK-Iran\.com/);
  await expect(page.getByText(/characters \d+–\d+/)).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review as version 2.")).toBeVisible();
  await expect(page.locator(".timeline-item")).toHaveCount(2);
  await expect(page.locator(".timeline-item").last()).toContainText(`${owner.name} submitted it for review (version 1 → 2)`);
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expectAccessible(page);
});

test("[CLAIMS]: an owner defines a claim type with typed fields on the settings page", async ({ browser }) => {
  const owner: Account = newAccount("types-owner");
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, owner);
  await signIn(page, owner);
  const project = await post(page.request, "/projects", { name: `Claim types e2e ${Date.now()}` });
  await page.goto(`/projects/${project.id}/settings/claim-types`);
  await expect(page.getByRole("heading", { name: "Victim count victim_count" })).toBeVisible();
  await page.locator(".type-card").filter({ hasText: "victim_count" }).locator("summary").click();
  await expect(page.getByLabel("JSON Schema of Victim count")).toContainText('"outcome"');
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Add a claim type" });
  await form.locator("#ct-name").fill("Detention Site");
  await form.getByRole("button", { name: "Add claim type" }).click();
  await expect(form.getByText("Name must be lowercase letters, digits or _")).toBeVisible();
  await expect(form.getByText("Name must start with a lowercase letter")).toBeVisible();

  await form.locator("#ct-name").fill("detention_site");
  await form.locator("#ct-description").fill("Where prisoners were held");
  await form.locator("#ct-field-0-name").fill("site");
  await form.locator("#ct-field-0-kind").selectOption("entity");
  await form.locator("#ct-field-0-entityKind").selectOption("place");
  await form.getByRole("group", { name: "Field 1" }).getByLabel("Required").check();
  await form.getByRole("button", { name: "Add a field" }).click();
  await form.locator("#ct-field-1-name").fill("held");
  await form.locator("#ct-field-1-kind").selectOption("count");
  await form.getByRole("button", { name: "Add a field" }).click();
  await form.locator("#ct-field-2-name").fill("regime");
  await form.locator("#ct-field-2-kind").selectOption("choice");
  await form.locator("#ct-field-2-options").fill("solitary\nward");
  await expectAccessible(page);
  await form.getByRole("button", { name: "Add claim type" }).click();
  await expect(page.getByText("Added the claim type “detention_site”.")).toBeVisible();
  await expect(form.locator("#ct-name")).toHaveValue("");

  const card = page.locator(".type-card").filter({ hasText: "Where prisoners were held" });
  await expect(card.getByRole("row", { name: /site entity Place yes/ })).toBeVisible();
  await expect(card.getByRole("row", { name: /regime choice solitary · ward no/ })).toBeVisible();
  const types = (await (await page.request.get(`/api/v1/projects/${project.id}/claim-types`)).json()) as { items: { name: string; jsonSchema: { required?: string[] } }[] };
  expect(types.items.find((t) => t.name === "detention_site")?.jsonSchema.required).toEqual(["site"]);
  await expectAccessible(page);

  // Someone who is not an owner reads the types but finds no form.
  const viewer = newAccount("types-viewer");
  await createAccount(page.request, viewer);
  await post(page.request, `/projects/${project.id}/members`, { email: viewer.email, role: "viewer" });
  const viewerPage = await (await browser.newContext()).newPage();
  await signIn(viewerPage, viewer);
  await viewerPage.goto(`/projects/${project.id}/settings/claim-types`);
  await expect(viewerPage.getByText("Only project owners add claim types.")).toBeVisible();
  await expect(viewerPage.getByRole("form", { name: "Add a claim type" })).toHaveCount(0);
  await expect(viewerPage.getByRole("heading", { name: "detention_site" })).toBeVisible();
  await expectAccessible(viewerPage);
});
