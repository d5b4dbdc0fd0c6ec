// Steps shared by the review specs: a project with its own members, made through the public API
// with each person's browser session (page.request carries the sign-in cookie), and claims on it.
import { type APIResponse, expect, type Browser, type Page } from "@playwright/test";
import { type Account, createAccount, newAccount, signIn } from "./helpers";

export interface Person {
  account: Account;
  page: Page;
  id: string;
}

export async function ok<T = Record<string, unknown>>(res: APIResponse, status = 200): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

/** A new account, signed in through the form in its own browser context. */
export async function person(browser: Browser, label: string): Promise<Person> {
  const account = newAccount(label);
  const page = await (await browser.newContext()).newPage();
  await createAccount(page.request, account);
  await signIn(page, account);
  return { account, page, id: "" };
}

/** The owner's new project with the others added in the given roles; fills in each person's id. */
export async function projectWith(owner: Person, members: [Person, "reviewer" | "annotator" | "viewer"][]): Promise<string> {
  const project = await ok<{ id: string }>(await owner.page.request.post("/api/v1/projects", { data: { name: `Review e2e ${owner.account.name}` } }), 201);
  for (const [p, role] of members) {
    await ok(await owner.page.request.post(`/api/v1/projects/${project.id}/members`, { data: { email: p.account.email, role } }), 201);
  }
  const list = await ok<{ items: { userId: string; email: string }[] }>(await owner.page.request.get(`/api/v1/projects/${project.id}/members`));
  for (const p of [owner, ...members.map(([m]) => m)]) p.id = list.items.find((r) => r.email === p.account.email)!.userId;
  return project.id;
}

export async function addDocument(p: Person, projectId: string, title: string, text: string): Promise<string> {
  return (await ok<{ id: string }>(await p.page.request.post(`/api/v1/projects/${projectId}/documents`, { data: { title, text } }), 201)).id;
}

export async function annotate(p: Person, documentId: string, exact: string): Promise<string> {
  return (await ok<{ id: string }>(await p.page.request.post(`/api/v1/documents/${documentId}/annotations`, { data: { quote: { exact } } }), 201)).id;
}

/** A victim-count claim on one annotation, submitted for review; returns its id. */
export async function submittedClaim(p: Person, projectId: string, evidence: string, assertedBy: string, count: Record<string, unknown>, outcome: string): Promise<string> {
  const claim = await ok<{ id: string }>(
    await p.page.request.post(`/api/v1/projects/${projectId}/claims`, {
      data: { type: "victim_count", fields: { count, outcome }, evidence: [evidence], attribution: { assertedBy, stance: "asserts" } },
    }),
    201,
  );
  await ok(await p.page.request.post(`/api/v1/claims/${claim.id}/submit`));
  return claim.id;
}

/** Waits until the queue's keyboard handler is live (the page has hydrated), leaving the help open. */
export async function queueReady(page: Page): Promise<void> {
  const help = page.locator("details.shortcuts");
  await expect(async () => {
    if ((await help.getAttribute("open")) === null) await page.keyboard.press("?");
    await expect(help).toHaveAttribute("open", "", { timeout: 500 });
  }).toPass();
  await expect(page.getByRole("table", { name: "Keyboard shortcuts of the review queue" })).toBeVisible();
}
