// Cross-site request forgery against a real server. A server action (the sign-up form's) replayed
// byte for byte with another site's Origin is refused by Next before it runs; the same bytes from our
// own origin create the account. An API change carried by the session cookie is refused when the
// browser says another site sent it, while a bearer token (never attached by a browser on its own)
// and the workbench's own pages go through.
import { expect, test } from "@playwright/test";
import { newAccount } from "./helpers";

const EVIL = "https://evil.example";

test("[SECURITY]: a server action posted from another origin is refused; from our own origin it runs", async ({ page, baseURL }) => {
  const account = newAccount("csrf-action");
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/sign-up", async (route) => {
    const req = route.request();
    const action = req.headers()["next-action"];
    if (req.method() !== "POST" || !action) return route.continue();
    const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
    captured = { headers: Object.fromEntries(Object.entries(req.headers()).filter(([k]) => keep.includes(k))), body: req.postDataBuffer()! };
    await route.abort();
  });
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect.poll(() => captured).toBeDefined();

  const signInWorks = async () => (await page.request.post("/api/v1/tokens", { data: { email: account.email, password: account.password } })).status();
  const replay = (origin: string) => page.request.post("/sign-up", { headers: { ...captured!.headers, origin }, data: captured!.body, maxRedirects: 0 });

  const forged = await replay(EVIL);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await signInWorks()).toBe(401);

  const own = await replay(new URL(baseURL!).origin);
  expect(own.status(), await own.text()).toBe(200);
  expect(await signInWorks()).toBe(201);
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
