// The direct API path over a real HTTP server: what it takes and what it leaves to Next, the
// request a handler receives, and the answer the client gets (security headers, framing, streams,
// cookies, a client that leaves, a handler that throws).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_POLICY } from "../security/data-headers.js";
import { apiDispatcher, type DirectRoute } from "./serve-api-directly.js";

type Seen = { url: string; method: string; params: Record<string, string>; headers: Record<string, string>; body: string | null; signal: AbortSignal };
const seen: Seen[] = [];
let streamCancelled: Promise<void> = Promise.resolve();
let abortSeen: Promise<void> = Promise.resolve();

async function record(req: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Seen> {
  const entry = { url: req.url, method: req.method, params: await ctx.params, headers: Object.fromEntries(req.headers), body: req.body ? await req.text() : null, signal: req.signal };
  seen.push(entry);
  return entry;
}

const routes: DirectRoute[] = [
  {
    path: "/things/{thingId}",
    methods: ["GET", "POST"],
    handlers: {
      GET: async (req, ctx) => {
        await record(req, ctx);
        // Next drops a handler's own framing headers; this length is wrong on purpose (characters, not bytes).
        return new Response("نام ۱۹۸۸", { headers: { "content-type": "text/plain; charset=utf-8", "content-length": "8", "x-frame-options": "SAMEORIGIN", "x-route": "things" } });
      },
      POST: async (req, ctx) => {
        const { body } = await record(req, ctx);
        const headers = new Headers({ "content-type": "application/json" });
        headers.append("set-cookie", "a=1; Path=/");
        headers.append("set-cookie", "b=2; Path=/");
        return new Response(JSON.stringify({ got: body }), { status: 201, headers });
      },
    },
  },
  { path: "/things/special", methods: ["GET"], handlers: { GET: async () => new Response("special") } },
  { path: "/broken", methods: ["GET"], handlers: { GET: async () => Promise.reject(new Error("boom")) } },
  {
    path: "/stream",
    methods: ["GET"],
    handlers: {
      GET: async (req) => {
        let cancelled!: () => void;
        streamCancelled = new Promise((r) => (cancelled = r));
        abortSeen = new Promise((r) => req.signal.addEventListener("abort", () => r()));
        let n = 0;
        const stream = new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((r) => setTimeout(r, 20));
            n += 1;
            if (n <= 3) controller.enqueue(new TextEncoder().encode(`chunk ${n}\n`));
            else if (req.url.includes("endless")) controller.enqueue(new TextEncoder().encode("more\n"));
            else controller.close();
          },
          cancel: () => cancelled(),
        });
        return new Response(stream, { headers: { "content-type": "text/event-stream" } });
      },
    },
  },
];

let server: http.Server;
let port = 0;

beforeAll(async () => {
  server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  const direct = apiDispatcher({ routes, port, publicUrl: "https://workbench.example" });
  server.on("request", (req, res) => {
    if (direct(req, res)) return;
    res.setHeader("x-served-by", "next");
    res.end("next");
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("the direct API path", () => {
  it("calls the route's handler with the request Next would build, and answers with the proxy's security headers", async () => {
    seen.length = 0;
    const res = await send("GET", "/api/v1/things/thg_1-a.b~c?limit=5&x=%20y", { headers: { authorization: "Bearer pwb_x", "x-forwarded-proto": "https" } });
    expect(res.status).toBe(200);
    expect(res.body).toBe("نام ۱۹۸۸");
    expect(res.headers["transfer-encoding"]).toBe("chunked");
    expect(res.headers["content-length"]).toBeUndefined();
    expect(res.headers["content-security-policy"]).toBe(DATA_POLICY);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toMatch(/^max-age=/);
    // The proxy's value wins over the route's, as when Next merges the two.
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-route"]).toBe("things");
    const [call] = seen;
    expect(call?.url).toBe(`https://localhost:${port}/api/v1/things/thg_1-a.b~c?limit=5&x=%20y`);
    expect(call?.params).toEqual({ thingId: "thg_1-a.b~c" });
    expect(call?.headers.authorization).toBe("Bearer pwb_x");
    expect(call?.body).toBeNull();
  });

  it("passes the request body through and every cookie the handler sets", async () => {
    seen.length = 0;
    const res = await send("POST", "/api/v1/things/t1", { headers: { "content-type": "application/json" }, body: JSON.stringify({ quote: "اعدام" }) });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body)).toEqual({ got: JSON.stringify({ quote: "اعدام" }) });
    expect(res.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(seen[0]?.method).toBe("POST");
  });

  it("takes a literal segment over a parameter, as Next does", async () => {
    expect((await send("GET", "/api/v1/things/special")).body).toBe("special");
  });

  it("leaves to Next whatever it cannot answer exactly as Next would", async () => {
    const toNext = [
      ["DELETE", "/api/v1/things/t1"], // a method the route lacks: the proxy's 405
      ["HEAD", "/api/v1/things/t1"],
      ["OPTIONS", "/api/v1/things/t1"],
      ["GET", "/api/v1/nothing/here"], // the catch-all's 404
      ["GET", "/api/v1/things/t1/"], // Next redirects a trailing slash
      ["GET", "/api/v1/things//t1"],
      ["GET", "/api/v1/things/t%31"], // Next decodes escapes
      ["GET", "/api/v1/things/.."],
      ["GET", "/api/v1/things/.hidden"],
      ["GET", "/api/health"],
      ["GET", "/projects/prj_1"],
    ];
    for (const [method, path] of toNext) {
      const res = await send(method!, path!);
      expect(res.headers["x-served-by"], `${method} ${path}`).toBe("next");
    }
  });

  it("answers a handler that throws with the API's 500, revealing nothing", async () => {
    const res = await send("GET", "/api/v1/broken");
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({ error: { code: "internal", message: "Something went wrong on the server.", issues: [] } });
    expect(res.headers["content-security-policy"]).toBe(DATA_POLICY);
  });

  it("streams a body as it comes", async () => {
    const res = await send("GET", "/api/v1/stream");
    expect(res.body).toBe("chunk 1\nchunk 2\nchunk 3\n");
    expect(res.headers["content-type"]).toBe("text/event-stream");
  });

  it("aborts the request's signal and cancels the body when the client goes away", async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/api/v1/stream?endless=1", agent: false }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => {});
      req.setTimeout(5000, () => reject(new Error("no first chunk")));
      req.end();
    });
    await expect(Promise.all([abortSeen, streamCancelled])).resolves.toBeDefined();
  });
});
