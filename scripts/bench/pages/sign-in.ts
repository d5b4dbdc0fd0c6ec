// A signed-in browser session as a researcher gets one: the sign-in form in headless Chromium. Its
// cookies also sign the benchmark's own requests, so the server is timed with the same session.
import { type Browser, type BrowserContext, chromium } from "@playwright/test";

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** The `Cookie` header of the signed-in session. */
  cookie: string;
  close(): Promise<void>;
}

export async function signIn(baseUrl: string, account: { email: string; password: string }): Promise<Session> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    // The button is enabled once the form has hydrated.
    await page.getByRole("button", { name: "Sign in" }).click({ timeout: 60_000 });
    await page.waitForURL(/\/projects$/, { timeout: 60_000 });
    await page.close();
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    return { browser, context, cookie, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
