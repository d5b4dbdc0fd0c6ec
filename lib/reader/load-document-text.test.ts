import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadDocumentText } from "./load-document-text";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

function serve(body: string | Uint8Array<ArrayBuffer>, status = 200) {
  const fetch = vi.fn(async () => new Response(status === 200 ? body : "{}", { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("loadDocumentText", () => {
  it("decodes the exact text, a leading byte-order mark, right-to-left words and astral characters included", async () => {
    const text = "\uFEFFآیت‌الله wrote \u{1F4DC}\r\n";
    const fetch = serve(new TextEncoder().encode(text));
    expect(await loadDocumentText("/api/v1/documents/d/text", { length: text.length, sha256: sha(text) })).toBe(text);
    expect(fetch).toHaveBeenCalledWith("/api/v1/documents/d/text", { credentials: "include", mode: "cors" });
  });

  it("refuses a text of another length or hash, and a failed answer", async () => {
    serve("The text.");
    await expect(loadDocumentText("/t", { length: 8, sha256: sha("The text.") })).rejects.toThrow(/changed or incomplete/);
    serve("The text!");
    await expect(loadDocumentText("/t", { length: 9, sha256: sha("The text.") })).rejects.toThrow(/changed or incomplete/);
    serve("", 404);
    await expect(loadDocumentText("/t", { length: 0, sha256: sha("") })).rejects.toThrow(/answered 404/);
  });

  it("refuses bytes that are not UTF-8", async () => {
    serve(new Uint8Array([0x41, 0xff, 0x42]));
    await expect(loadDocumentText("/t", { length: 3, sha256: "0".repeat(64) })).rejects.toThrow();
  });
});
