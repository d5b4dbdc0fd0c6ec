// Membership end to end: an outsider sees nothing of a project; an owner adds them as a viewer;
// the viewer reads but cannot add documents, neither through the page nor by calling the server
// directly (the API route by hand, and the page's own request replayed with the viewer's session).
import { expect, type Page, test } from "@playwright/test";
import { createAccount, DEMO_OWNER, DEMO_PROJECT, expectAccessible, newAccount, signIn } from "./helpers";

const projectPath = `/projects/${DEMO_PROJECT.id}`;

interface CapturedRequest {
  headers: Record<string, string>;
  body: Buffer;
}

const DOCUMENTS_API = `**/api/v1/projects/${DEMO_PROJECT.id}/documents`;

/** Submits the owner's add-document form but stops its API request, keeping it to replay later. */
async function captureAddDocumentRequest(page: Page): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  await page.route(DOCUMENTS_API, async (route) => {
    const req = route.request();
    if (req.method() !== "POST") return route.continue();
    captured = { headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  const form = page.getByRole("form", { name: "Add a document" });
  await form.getByLabel("Title").fill("Should never be stored");
  await form.getByLabel("Text").fill("A viewer must not be able to add this.");
  await form.getByRole("button", { name: "Add document" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute(DOCUMENTS_API);
  return captured!;
}

async function documentTitles(page: Page): Promise<string[]> {
  const res = await page.request.get(`/api/v1/projects/${DEMO_PROJECT.id}/documents?limit=500`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { title: string }[] }).items.map((d) => d.title);
}

test("[MEMBERS]: owner adds a viewer, who reads but cannot add documents", async ({ browser, request, baseURL }) => {
  const viewer = newAccount("viewer");
  await createAccount(request, viewer);
  const viewerPage = await (await browser.newContext()).newPage();
  const ownerPage = await (await browser.newContext()).newPage();

  await signIn(viewerPage, viewer);
  await viewerPage.goto(projectPath);
  await expect(viewerPage.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(viewerPage.getByText(DEMO_PROJECT.name)).toHaveCount(0);
  await expectAccessible(viewerPage);

  await signIn(ownerPage, DEMO_OWNER);
  await ownerPage.goto(`${projectPath}/members`);
  await expectAccessible(ownerPage);
  await ownerPage.getByLabel("Role of Olive Owner", { exact: true }).selectOption("viewer");
  await ownerPage.getByRole("button", { name: "Change role of Olive Owner" }).click();
  await expect(ownerPage.getByText("A project needs at least one owner; make someone else owner first.")).toBeVisible();

  const add = ownerPage.getByRole("form", { name: "Add a member" });
  await add.getByLabel("Email").fill("nobody-here@example.com");
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(add.getByText("No account with this email")).toBeVisible();
  await add.getByLabel("Email").fill(viewer.email);
  await add.getByLabel("Role").selectOption("viewer");
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(ownerPage.getByText(`Added ${viewer.name} (${viewer.email}) as viewer.`)).toBeVisible();
  await expect(ownerPage.getByRole("row", { name: new RegExp(viewer.name) })).toBeVisible();
  await expectAccessible(ownerPage);

  await viewerPage.goto(projectPath);
  await expect(viewerPage.getByRole("heading", { level: 1, name: DEMO_PROJECT.name })).toBeVisible();
  await expect(viewerPage.getByRole("heading", { name: "Add a document" })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Add a document" })).toHaveCount(0);
  await expectAccessible(viewerPage);
  await viewerPage.goto(`${projectPath}/members`);
  await expect(viewerPage.getByText("Only owners can add, change or remove members.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expectAccessible(viewerPage);

  const before = await documentTitles(viewerPage);
  const api = await viewerPage.request.post(`/api/v1/projects/${DEMO_PROJECT.id}/documents`, {
    data: { title: "Should never be stored", text: "A viewer must not be able to add this." },
  });
  expect(api.status()).toBe(403);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("forbidden");

  await ownerPage.goto(projectPath);
  const sent = await captureAddDocumentRequest(ownerPage);
  const replay = await viewerPage.request.post(`/api/v1/projects/${DEMO_PROJECT.id}/documents`, {
    headers: { "content-type": sent.headers["content-type"]!, origin: baseURL! },
    data: sent.body,
  });
  expect(replay.status()).toBe(403);
  expect(await replay.text()).toContain("Your role (viewer) cannot do this");
  expect(await documentTitles(viewerPage)).toEqual(before);
  expect(before).not.toContain("Should never be stored");
});
