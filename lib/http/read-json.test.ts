import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AppError } from "../errors";
import { readJson, readQuery } from "./read-json";

const ZBody = z.object({ name: z.string().min(1), count: z.number().int().optional() });

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/x", { method: "POST", body, headers });

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; issues: unknown[] }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJson", () => {
  it("parses and validates a JSON body", async () => {
    expect(await readJson(post('{"name":"\u0627","count":2}'), ZBody)).toEqual({ name: "\u0627", count: 2 });
  });

  it("accepts +json media types and a missing content type", async () => {
    expect(await readJson(post('{"name":"a"}', { "content-type": "application/merge-patch+json" }), ZBody)).toEqual({ name: "a" });
    const untyped = new Request("http://localhost/x", { method: "POST", body: new Blob(['{"name":"a"}']) });
    expect(untyped.headers.get("content-type")).toBeNull();
    expect(await readJson(untyped, ZBody)).toEqual({ name: "a" });
  });

  it("answers unsupported_media_type for another content type", async () => {
    expect((await codeOf(readJson(post('{"name":"a"}', { "content-type": "text/plain" }), ZBody))).code).toBe("unsupported_media_type");
  });

  it("answers invalid_json for a body that is not JSON, or no body", async () => {
    expect((await codeOf(readJson(post("{name:"), ZBody))).code).toBe("invalid_json");
    expect((await codeOf(readJson(new Request("http://localhost/x", { method: "POST" }), ZBody))).code).toBe("invalid_json");
  });

  it("answers invalid_input with zod's issues for the wrong shape", async () => {
    const error = await codeOf(readJson(post('{"name":"","count":1.5}'), ZBody));
    expect(error.code).toBe("invalid_input");
    expect(error.issues).toEqual([
      { path: ["name"], message: expect.any(String) },
      { path: ["count"], message: expect.any(String) },
    ]);
  });

  it("answers payload_too_large past the limit, declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(2000) });
    expect((await codeOf(readJson(post(big), ZBody, { maxBytes: 1000 }))).code).toBe("payload_too_large");
    const declared = post('{"name":"a"}', { "content-type": "application/json", "content-length": "5000" });
    expect((await codeOf(readJson(declared, ZBody, { maxBytes: 1000 }))).code).toBe("payload_too_large");
    expect(await readJson(post(big), ZBody, { maxBytes: 4000 })).toEqual({ name: "x".repeat(2000) });
  });
});

describe("readJson and text PostgreSQL cannot store", () => {
  const ZAny = z.record(z.string(), z.unknown());

  it("refuses NUL in a value or a key, naming where, before the schema sees it", async () => {
    const inValue = await codeOf(readJson(post('{"name":"a","tags":["ok","x\\u0000y"]}'), ZAny));
    expect(inValue).toMatchObject({ code: "invalid_input", issues: [{ path: ["tags", 1], message: expect.stringMatching(/NUL/) }] });
    const inKey = await codeOf(readJson(post('{"fields":{"a\\u0000":1}}'), ZAny));
    expect(inKey).toMatchObject({ code: "invalid_input", issues: [{ path: ["fields", "a\u0000"] }] });
  });

  it("refuses a lone surrogate (no UTF-8 can carry it; the event hash's canonical JSON throws on it)", async () => {
    const error = await codeOf(readJson(post('{"note":"a\\ud800z"}'), ZAny));
    expect(error).toMatchObject({ code: "invalid_input", issues: [{ path: ["note"], message: expect.stringMatching(/surrogate/) }] });
    expect(await readJson(post('{"note":"\\ud83d\\ude00 \\u0627"}'), ZAny)).toEqual({ note: "\u{1F600} \u0627" });
  });

  it("walks a body nested 100,000 deep without running out of stack", async () => {
    const deep = `{"a":${"[".repeat(100_000)}"\\u0000"${"]".repeat(100_000)}}`;
    const error = await codeOf(readJson(post(deep), ZAny));
    expect(error.code).toBe("invalid_input");
    expect((error.issues[0] as { path: unknown[] }).path).toHaveLength(100_001);
  });
});

describe("readQuery", () => {
  it("refuses NUL in a query parameter, naming it", async () => {
    const error = await codeOf(Promise.resolve().then(() => readQuery(new Request("http://localhost/x?documentId=a%00b"), z.object({ documentId: z.string() }))));
    expect(error).toMatchObject({ code: "invalid_input", issues: [{ path: ["documentId"] }] });
  });

  it("validates search parameters and names the bad one", async () => {
    const ZQuery = z.object({ limit: z.coerce.number().int().min(1) });
    expect(readQuery(new Request("http://localhost/x?limit=3"), ZQuery)).toEqual({ limit: 3 });
    const error = await codeOf(Promise.resolve().then(() => readQuery(new Request("http://localhost/x?limit=0"), ZQuery)));
    expect(error).toMatchObject({ code: "invalid_input", issues: [{ path: ["limit"] }] });
  });

  it("refuses a key given twice where one value is expected, naming it", async () => {
    const ZQuery = z.object({ status: z.string() });
    const error = await codeOf(Promise.resolve().then(() => readQuery(new Request("http://localhost/x?status=draft&status=approved"), ZQuery)));
    expect(error).toMatchObject({ code: "invalid_input", issues: [{ path: ["status"] }] });
  });
});
