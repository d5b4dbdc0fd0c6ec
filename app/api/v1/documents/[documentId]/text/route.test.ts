import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { call, randomClientAddress } from "@/test/support/api";
import { createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

let team: Team;
let documentId: string;
let sha256: string;
// Right-to-left words with a zero-width non-joiner, a combining accent, a character outside the
// BMP and a CRLF: the answer must be these very UTF-16 code units once decoded as UTF-8.
const TEXT = "\u0622\u06cc\u062a\u200c\u0627\u0644\u0644\u0647 wrote: \u00abe\u0301\u00bb \u{1F4DC}\r\n\tend.";

/** The route's raw answer (its body is not JSON). */
async function fetchText(token: string, id: string, headers: Record<string, string> = {}) {
  const req = new Request("http://localhost:3000/", { headers: { "x-forwarded-for": randomClientAddress(), authorization: `Bearer ${token}`, ...headers } });
  const res = await GET(req, { params: Promise.resolve({ documentId: id }) });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  team = await createTeam();
  const res = await call(createDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Letter", text: TEXT, language: "fa" } });
  expect(res.status).toBe(201);
  documentId = res.body.id;
  sha256 = res.body.sha256;
});

describe("GET /api/v1/documents/{documentId}/text", () => {
  it("answers the exact text as UTF-8, its sha256 as the ETag and digest, to be revalidated before each use", async () => {
    const res = await fetchText(team.viewer.token, documentId);
    expect(res.status).toBe(200);
    expect(new TextDecoder().decode(res.bytes)).toBe(TEXT);
    expect(createHash("sha256").update(res.bytes).digest("hex")).toBe(sha256);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(TEXT, "utf8")));
    expect(res.headers.get("etag")).toBe(`"${sha256}"`);
    expect(res.headers.get("repr-digest")).toBe(`sha-256=:${createHash("sha256").update(TEXT, "utf8").digest("base64")}:`);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("answers 304 with no body to a caller who holds that text already, and 200 to one holding another", async () => {
    const same = await fetchText(team.owner.token, documentId, { "if-none-match": `"${sha256}"` });
    expect(same.status).toBe(304);
    expect(same.bytes.length).toBe(0);
    const other = await fetchText(team.owner.token, documentId, { "if-none-match": `"${"0".repeat(64)}"` });
    expect(other.status).toBe(200);
    expect(new TextDecoder().decode(other.bytes)).toBe(TEXT);
  });

  it("answers an outsider, even one naming the ETag, exactly as for a document that does not exist", async () => {
    const hidden = await fetchText(team.outsider.token, documentId, { "if-none-match": `"${sha256}"` });
    const missing = await fetchText(team.outsider.token, "doc_doesnotexist");
    expect(hidden.status).toBe(404);
    expect(new TextDecoder().decode(hidden.bytes)).toBe(new TextDecoder().decode(missing.bytes));
    expect(new TextDecoder().decode(hidden.bytes)).not.toContain(TEXT.slice(0, 4));
  });
});
