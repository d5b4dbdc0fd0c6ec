// The foundation end to end: accounts, the demo project and its reader, adding documents, and
// membership with its server-side checks. Every test makes its own accounts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { createAccount, DEMO_OWNER, DEMO_PROJECT, expectAccessible, newAccount, signIn } from "./helpers";

const SEED_TEXT = readFileSync(new URL("../seeds/sources/000_33eb88c9cdc5cc6a.txt", import.meta.url), "utf8");
const SEED_TITLE = "Iran: The 1988 massacre was the single-worst execution of political prisoners since WW2";
const SEED_SENTENCE =
  "The massacre was the single-worst execution of political prisoners since WW2, resulting in the death of 30,000 regime opponents, mainly members of the PMOI.";

/** Every rendered paragraph is exactly the slice of the stored text its offsets name. */
async function renderedParagraphs(page: Page) {
  return page.locator("article p[data-start]").evaluateAll((ps) =>
    ps.map((p) => ({ start: Number(p.dataset.start), end: Number(p.dataset.end), text: p.textContent ?? "", dir: getComputedStyle(p).direction })),
  );
}

test("[AUTH]: sign up, sign in, sign out", async ({ page }) => {
  const account = newAccount("auth");
  await page.goto("/sign-up");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await expect(page.getByText("Password must be at least 10 characters")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole("banner")).toContainText(account.name);
  await expect(page.getByText("You are not a member of any project yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expectAccessible(page);
  await signIn(page, account);
  await expect(page.getByRole("banner")).toContainText(account.name);

  await page.goto("/sign-out");
  await expectAccessible(page);
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Ftokens$/);
});

test("[AUTH]: repeated wrong passwords are rate limited", async ({ page, request }) => {
  const account = newAccount("limit");
  await createAccount(request, account);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-the-password");
  const submit = page.getByRole("button", { name: "Sign in" });
  // The default limit is 5 failures per account in 15 minutes; the next try is refused outright.
  const attempt = () =>
    Promise.all([page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")), submit.click()]);
  for (let i = 0; i < 5; i++) {
    await attempt();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await page.getByLabel("Password").fill(account.password);
  await attempt();
  await expect(page.getByText(/Too many failed sign-ins\. Try again in \d+ minutes\./)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("[DOCUMENTS]: open the demo project and read a seed document", async ({ page }) => {
  await signIn(page, DEMO_OWNER);
  await page.getByRole("link", { name: DEMO_PROJECT.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_PROJECT.name })).toBeVisible();
  await expect(page.getByRole("table").first().getByRole("row")).toHaveCount(6);
  await expectAccessible(page);

  await page.getByRole("link", { name: SEED_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByText(SEED_SENTENCE, { exact: true })).toBeVisible();
  const paragraphs = await renderedParagraphs(page);
  expect(paragraphs.length).toBeGreaterThan(10);
  for (const p of paragraphs) expect(p.text).toBe(SEED_TEXT.slice(p.start, p.end));
  const covered = paragraphs.map((p) => p.text).join("");
  expect(covered.replace(/\s/g, "")).toBe(SEED_TEXT.replace(/\s/g, ""));
  await expect(page.getByTestId("document-sha256")).toHaveText(createHash("sha256").update(SEED_TEXT, "utf8").digest("hex"));
  await expect(page.getByTestId("document-length")).toHaveText(SEED_TEXT.length.toLocaleString("en-GB"));
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  await expectAccessible(page);

  const readerUrl = page.url();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(readerUrl);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, DEMO_OWNER, new RegExp(`${readerUrl.replace(/^https?:\/\/[^/]+/, "")}$`));
  await expect(page.getByText(SEED_SENTENCE, { exact: true })).toBeVisible();
});

test("[DOCUMENTS]: create a project and add a Persian and English document", async ({ page, request }) => {
  const account = newAccount("docs");
  await createAccount(request, account);
  await signIn(page, account);
  await page.getByLabel("Name").fill("Prison testimonies");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prison testimonies" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a document" });
  await form.getByRole("button", { name: "Add document" }).click();
  await expect(form.getByText("Title is required")).toBeVisible();
  await expectAccessible(page);

  const persian = "اعدام زندانیان سیاسی در تابستان ۱۳۶۷";
  const text = `Summer 1988.\nA second line.\n\n${persian}\n\nThe end.`;
  await form.getByLabel("Title").fill("Testimony, two languages");
  await form.getByLabel("Text").fill(text);
  await form.getByLabel("Language").fill("not a tag!");
  await form.getByRole("button", { name: "Add document" }).click();
  await expect(form.getByText(/Language must be a language tag/)).toBeVisible();
  await form.getByLabel("Language").fill("fa");
  await form.getByRole("button", { name: "Add document" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Testimony, two languages" })).toBeVisible();
  await expect(page.getByTestId("document-length")).toHaveText(String(text.length));
  await expect(page.getByTestId("document-sha256")).toHaveText(createHash("sha256").update(text, "utf8").digest("hex"));
  const paragraphs = await renderedParagraphs(page);
  expect(paragraphs.map((p) => p.text)).toEqual(["Summer 1988.\nA second line.", persian, "The end."]);
  expect(paragraphs.map((p) => p.dir)).toEqual(["ltr", "rtl", "ltr"]);
  await expectAccessible(page);
});
