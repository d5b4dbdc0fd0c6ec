// POST/GET /api/v1/documents/{documentId}/annotations against the real database.
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postVersion } from "@/app/api/v1/documents/[documentId]/versions/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam, type TestUser } from "@/test/support/fixtures";

const TEXT = "Report: 30,000 were executed in 1988.\nگزارش: سی‌هزار زندانی 👩🏽‍⚕️ اعدام شدند.\r\nThe figure 30,000 is repeated.";

async function newDocument(user: TestUser, projectId: string, text = TEXT): Promise<string> {
  const res = await call(postDocument, { token: user.token, params: { projectId }, body: { title: "Doc", text } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

const annotationCount = (documentId: string) => db().annotation.count({ where: { documentId } });

describe("POST /api/v1/documents/{documentId}/annotations", () => {
  it("annotates a span by offsets with exact quote, context and code-point offsets", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.annotator, team.projectId);
    const start = TEXT.indexOf("سی‌هزار");
    const end = TEXT.indexOf("اعدام") + "اعدام".length;
    const res = await call(POST, { token: team.annotator.token, params: { documentId }, body: { start, end } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const a = res.body;
    expect(a).toMatchObject({ documentId, start, end, createdBy: team.annotator.id });
    expect(a.exact).toBe(TEXT.slice(start, end));
    expect(a.exact).toContain("👩🏽‍⚕️");
    expect(a.prefix).toBe(TEXT.slice(start - 32, start));
    expect(a.suffix).toBe(TEXT.slice(end, end + 32));
    expect(a.codePointStart).toBe([...TEXT.slice(0, start)].length);
    expect(a.codePointEnd).toBe([...TEXT.slice(0, end)].length);
    expect(typeof a.id).toBe("string");
    expect(new Date(a.createdAt).toISOString()).toBe(a.createdAt);
  });

  it("refuses to annotate an old version, names the newest, and writes nothing", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.annotator, team.projectId);
    const version = await call(postVersion, { token: team.annotator.token, params: { documentId }, body: { text: `${TEXT}\nA later paragraph.` } });
    expect(version.status, JSON.stringify(version.body)).toBe(201);
    const newestId = version.body.document?.id ?? version.body.id;
    expect(typeof newestId).toBe("string");
    expect(newestId).not.toBe(documentId);
    const before = await annotationCount(documentId);
    const res = await call(POST, { token: team.annotator.token, params: { documentId }, body: { start: 0, end: 6 } });
    expectError(res, 409, "conflict");
    expect(res.body.error.newestDocumentId).toBe(newestId);
    expect(await annotationCount(documentId)).toBe(before);
    const onNewest = await call(POST, { token: team.annotator.token, params: { documentId: newestId }, body: { start: 0, end: 6 } });
    expect(onNewest.status, JSON.stringify(onNewest.body)).toBe(201);
  });

  it("annotates by quote, and says when a quote is missing or ambiguous", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.annotator, team.projectId);
    const ok = await call(POST, { token: team.annotator.token, params: { documentId }, body: { quote: { exact: "30,000", suffix: " is repeated" } } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.start).toBe(TEXT.lastIndexOf("30,000"));

    const ambiguous = await call(POST, { token: team.annotator.token, params: { documentId }, body: { quote: { exact: "30,000" } } });
    expectError(ambiguous, 400, "invalid_input", [["quote", "exact"]]);
    expect(ambiguous.body.error.reason).toBe("ambiguous");
    expect(ambiguous.body.error.count).toBe(2);

    const missing = await call(POST, { token: team.annotator.token, params: { documentId }, body: { quote: { exact: "40,000" } } });
    expectError(missing, 400, "invalid_input", [["quote", "exact"]]);
    expect(missing.body.error.reason).toBe("not_found");
    expect(await annotationCount(documentId)).toBe(1);
  });

  it("refuses spans outside the text, empty, or splitting a surrogate pair, and writes nothing", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.annotator, team.projectId);
    const emoji = TEXT.indexOf("👩");
    const cases: [unknown, string][] = [
      [{ start: 0, end: TEXT.length + 1 }, "out_of_range"],
      [{ start: 5, end: 5 }, "empty"],
      [{ start: 9, end: 4 }, "reversed"],
      [{ start: emoji + 1, end: emoji + 4 }, "splits_surrogate_pair"],
    ];
    for (const [body, reason] of cases) {
      const res = await call(POST, { token: team.annotator.token, params: { documentId }, body });
      expectError(res, 400, "invalid_input");
      expect(res.body.error.reason).toBe(reason);
    }
    expectError(await call(POST, { token: team.annotator.token, params: { documentId }, body: { start: 1 } }), 400, "invalid_input", [["end"]]);
    expectError(await call(POST, { token: team.annotator.token, params: { documentId }, body: { start: -1, end: 2 } }), 400, "invalid_input", [["start"]]);
    expectError(await call(POST, { token: team.annotator.token, params: { documentId }, body: { start: 1, end: 2, quote: { exact: "R" } } }), 400, "invalid_input", [["quote"]]);
    expect(await annotationCount(documentId)).toBe(0);
  });

  it("lets annotators and above annotate; a viewer gets 403, an outsider 404", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.owner, team.projectId);
    expectError(await call(POST, { token: team.viewer.token, params: { documentId }, body: { start: 0, end: 6 } }), 403, "forbidden");
    expectHidden(await call(POST, { token: team.outsider.token, params: { documentId }, body: { start: 0, end: 6 } }), "document");
    expectHidden(await call(GET, { token: team.outsider.token, params: { documentId } }), "document");
    for (const member of [team.annotator, team.reviewer, team.owner]) {
      const res = await call(POST, { token: member.token, params: { documentId }, body: { start: 0, end: 6 } });
      expect(res.status).toBe(201);
    }
    expect(await annotationCount(documentId)).toBe(3);
  });
});

describe("GET /api/v1/documents/{documentId}/annotations", () => {
  it("lists in text order, page by page", async () => {
    const team = await createTeam();
    const documentId = await newDocument(team.annotator, team.projectId);
    const spans = [[40, 45], [0, 6], [8, 14], [8, 10], [20, 30]];
    for (const [start, end] of spans) {
      expect((await call(POST, { token: team.annotator.token, params: { documentId }, body: { start, end } })).status).toBe(201);
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/x?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const res = await call(GET, { token: team.viewer.token, params: { documentId }, url });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((a: { start: number }) => a.start));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 8, 8, 20, 40]);
    expectError(await call(GET, { token: team.viewer.token, params: { documentId }, url: "/x?cursor=bogus" }), 400, "invalid_input", [["cursor"]]);
  });
});
