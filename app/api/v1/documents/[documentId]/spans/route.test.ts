// GET /api/v1/documents/{documentId}/spans against the real database: the reader's span table, whole
// or from an offset on, equal to the annotations the list route gives.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { spanRows } from "@/lib/annotations/packed-span-table";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createTeam, type Team } from "@/test/support/fixtures";
import { GET } from "./route";

// Right-to-left words and a character outside the BMP: offsets count UTF-16 code units.
const TEXT = "Report: 30,000 were executed in 1988.\nگزارش: سی‌هزار زندانی 👩🏽‍⚕️ اعدام شدند.\nThe figure 30,000 is repeated.";
const SPANS = ["Report", "30,000 were", "سی‌هزار زندانی 👩🏽‍⚕️", "اعدام", "figure 30,000"];

let team: Team;
let documentId: string;
const made: { id: string; start: number; end: number; by: string }[] = [];

beforeAll(async () => {
  team = await createTeam();
  const doc = await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Doc", text: TEXT } });
  expect(doc.status).toBe(201);
  documentId = doc.body.id;
  for (const [i, words] of SPANS.entries()) {
    const start = TEXT.indexOf(words);
    const user = i % 2 ? team.owner : team.annotator;
    const res = await call(postAnnotation, { token: user.token, params: { documentId }, body: { start, end: start + words.length } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    made.push({ id: res.body.id, start, end: start + words.length, by: user.id });
  }
  made.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
});

/** The answer's rows as `{id, start, end, by}`, people resolved to ids. */
function rowsOf(body: { people: { id: string; name: string }[] } & ({ packed: string } | { rows: [string, number, number, number][] })) {
  return spanRows(body).map(([id, start, end, person]) => ({ id, start, end, by: body.people[person]!.id }));
}

describe("GET /api/v1/documents/{documentId}/spans", () => {
  it("answers every annotation's span and author in text order, packed, to any member", async () => {
    const res = await call(GET, { token: team.viewer.token, params: { documentId } });
    expect(res.status).toBe(200);
    expect(typeof res.body.packed).toBe("string");
    expect(rowsOf(res.body)).toEqual(made);
    for (const s of rowsOf(res.body)) expect(SPANS).toContain(TEXT.slice(s.start, s.end));
  });

  it("from an offset on, answers exactly the annotations starting there or later", async () => {
    const from = TEXT.indexOf("اعدام");
    const res = await call(GET, { token: team.owner.token, params: { documentId }, url: `/?from=${from}` });
    expect(res.status).toBe(200);
    expect(rowsOf(res.body)).toEqual(made.filter((a) => a.start >= from));
    const past = await call(GET, { token: team.owner.token, params: { documentId }, url: `/?from=${TEXT.length}` });
    expect(rowsOf(past.body)).toEqual([]);
  });

  it("refuses an offset that is not a whole number at or above 0, naming it", async () => {
    for (const from of ["-1", "1.5", "x"]) {
      const res = await call(GET, { token: team.owner.token, params: { documentId }, url: `/?from=${from}` });
      expectError(res, 400, "invalid_input", [["from"]]);
    }
  });

  it("answers an outsider exactly as for a document that does not exist", async () => {
    expectHidden(await call(GET, { token: team.outsider.token, params: { documentId } }), "document");
    expectHidden(await call(GET, { token: team.outsider.token, params: { documentId: "doc_doesnotexist" } }), "document");
  });
});
