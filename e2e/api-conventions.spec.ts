// The API's general answers from the real production server, where Next (not a test harness) routes
// the request: an unknown path is a JSON 404, a method a route lacks a JSON 405 with `Allow`, an
// unknown query key a 400 naming it, and a list followed by `nextCursor` ends, each item once.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { newAccount } from "./helpers";

test("[API]: unknown paths, missing methods and unknown query keys answer in the error shape", async ({ request }) => {
  const account = newAccount("api-conventions");
  expect((await request.post("/api/v1/users", { data: { email: account.email, password: account.password, name: account.name } })).status()).toBe(201);
  const { token } = (await (await request.post("/api/v1/tokens", { data: { email: account.email, password: account.password } })).json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };

  for (const [method, path] of [["GET", "/api/v1/no/such/route"], ["POST", "/api/v1/projects/prj_x/nothing"], ["DELETE", "/api/v1/nothing"]] as const) {
    const res = await request.fetch(path, { method, headers: auth });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    expect((await res.json()).error).toMatchObject({ code: "not_found", issues: [] });
  }

  const put = await request.fetch("/api/v1/projects", { method: "PUT", headers: auth, data: {} });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  expect(put.headers()["content-type"]).toMatch(/^application\/json/);
  expect((await put.json()).error).toMatchObject({ code: "method_not_allowed" });
  const del = await request.fetch("/api/v1/projects/prj_x/events", { method: "DELETE", headers: auth });
  expect(del.status()).toBe(405);
  expect(del.headers()["allow"]).toBe("GET, HEAD, OPTIONS");

  const unknown = await request.get("/api/v1/projects?bogus=1", { headers: auth });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.issues).toEqual([{ path: ["bogus"], message: "Unknown query parameter" }]);

  const names = ["First", "Second", "Third"];
  for (const name of names) expect((await request.post("/api/v1/projects", { headers: auth, data: { name } })).status()).toBe(201);
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const res = await request.get(`/api/v1/projects?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { headers: auth });
    const body = (await res.json()) as { items: { name: string }[]; nextCursor: string | null };
    seen.push(...body.items.map((p) => p.name));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  expect(seen).toEqual(names);
});

// A script that pauses between calls reuses its connection: if the server closed idle connections
// as soon as Node's default (5 s) ran out, a request sent at that moment would die with ECONNRESET.
test("[API]: a keep-alive connection idle for longer than Node's default still answers", async ({ baseURL }) => {
  test.setTimeout(30_000);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; reused: boolean; keepAlive: string }>((resolve, reject) => {
      const req = http.get(`${baseURL}/api/health`, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket, keepAlive: String(res.headers["keep-alive"] ?? "") }));
      });
      req.on("error", reject);
    });
  try {
    const first = await get();
    expect(first.status).toBe(200);
    expect(Number(/timeout=(\d+)/.exec(first.keepAlive)?.[1])).toBeGreaterThanOrEqual(60);
    await new Promise((r) => setTimeout(r, 6_500));
    const second = await get();
    expect(second).toMatchObject({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
});
