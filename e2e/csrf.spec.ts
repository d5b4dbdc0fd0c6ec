// Cross-site request forgery against a real server. The token page's request (a change carried by
// the session cookie) replayed byte for byte with another site's Origin is refused before it runs;
// the same bytes from our own origin make the token, and the page itself shows a new token once and
// revokes it. An API change carried by the session cookie is refused when the browser says another
// site sent it, while a bearer token (never attached by a browser on its own) and the workbench's
// own pages go through.
import { expect, test } from "@playwright/test";
import { createAccount, newAccount, signIn } from "./helpers";

const EVIL = "https://evil.example";

test("[SECURITY]: a form's request replayed from another origin is refused; from our own origin it runs", async ({ page, baseURL }) => {
  const account = newAccount("csrf-form");
  await createAccount(page.request, account);
  await signIn(page, account);
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/api/v1/session/tokens", async (route) => {
    const req = route.request();
    const keep = ["content-type", "accept"];
    captured = { headers: Object.fromEntries(Object.entries(await req.allHeaders()).filter(([k]) => keep.includes(k))), body: req.postDataBuffer()! };
    await route.abort();
  });
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("Forgery target");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute("**/api/v1/session/tokens");

  const tokens = async () => ((await (await page.request.get("/api/v1/tokens")).json()) as { items: { name: string }[] }).items.map((t) => t.name);
  const replay = (headers: Record<string, string>) => page.request.post("/api/v1/session/tokens", { headers: { ...captured!.headers, ...headers }, data: captured!.body });

  const forgeries: Record<string, string>[] = [{ origin: EVIL, "sec-fetch-site": "cross-site" }, { origin: EVIL }];
  for (const forged of forgeries) {
    const res = await replay(forged);
    expect(res.status(), JSON.stringify(forged)).toBe(403);
  }
  expect(await tokens()).toEqual([]);

  const own = await replay({ origin: new URL(baseURL!).origin });
  expect(own.status(), await own.text()).toBe(201);
  expect(await tokens()).toEqual(["Forgery target"]);

  // The page itself: the secret shown once, then the token revoked after confirming.
  await page.reload();
  await page.getByLabel("Name").fill("R import script");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").getByText("Copy the token “R import script” now.")).toBeVisible();
  const secret = await page.getByLabel("New token secret").inputValue();
  expect((await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke R import script" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText("Revoked “R import script”. Scripts using it now get 401.")).toBeVisible();
  expect((await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
});

test("[SECURITY]: the API refuses cross-site changes carried by the session cookie", async ({ page, baseURL }) => {
  const account = newAccount("csrf-api");
  expect((await page.request.post("/api/v1/users", { data: account })).status()).toBe(201);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects$/);

  const create = (headers: Record<string, string>) => page.request.post("/api/v1/projects", { data: { name: "Forged?" }, headers });
  const forged: Record<string, string>[] = [{ origin: EVIL, "sec-fetch-site": "cross-site" }, { origin: EVIL }, { "sec-fetch-site": "same-site" }];
  for (const headers of forged) {
    const res = await create(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  }
  const mine = async () => ((await (await page.request.get("/api/v1/projects")).json()) as { items: unknown[] }).items.length;
  expect(await mine()).toBe(0);

  // The workbench's own page, through the browser's fetch (which labels it same-origin).
  const fromPage = await page.evaluate(async () => (await fetch("/api/v1/projects", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Mine" }) })).status);
  expect(fromPage).toBe(201);
  expect((await create({ origin: new URL(baseURL!).origin })).status()).toBe(201);

  // A script with a bearer token may call from anywhere: no browser adds the token by itself.
  const token = ((await (await page.request.post("/api/v1/tokens", { data: { email: account.email, password: account.password } })).json()) as { token: string }).token;
  const scripted = await page.request.post("/api/v1/projects", { data: { name: "Scripted" }, headers: { authorization: `Bearer ${token}`, origin: EVIL, "sec-fetch-site": "cross-site" } });
  expect(scripted.status()).toBe(201);
  expect(await mine()).toBe(3);
});
