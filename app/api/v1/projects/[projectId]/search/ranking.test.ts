// Search ranks every match, however many there are, and its postings follow every change at once:
// a new quote is found in the same moment, a deleted one never again, a changed note by its new words.
import { describe, expect, it } from "vitest";
import { DELETE as deleteAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { GET as search } from "@/app/api/v1/projects/[projectId]/search/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { createTeam, type TestUser } from "@/test/support/fixtures";

const find = async (user: TestUser, projectId: string, query: string) => {
  const res = await call(search, { token: user.token, params: { projectId }, url: `/x?${query}` });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { limited: string[]; items: { kind: string; id: string; rank: number; exact?: string }[] };
};

/** Quotes made straight in the database (600 through the API would take a minute): the same rows, with their postings made by the same triggers. */
async function manyQuotes(projectId: string, documentId: string, userId: string, count: number, words: string) {
  await db().$executeRaw`
    INSERT INTO "Annotation" (id, "projectId", "documentId", "lineageId", start, "end", exact, prefix, suffix, "codePointStart", "codePointEnd", "createdById")
    SELECT 'ann_many_' || lpad(i::text, 5, '0') || '_' || ${projectId}, ${projectId}, d.id, d."lineageId", 0, length(${words}), ${words}, '', '', 0, length(${words}), ${userId}
    FROM "Document" d, generate_series(1, ${count}) i WHERE d.id = ${documentId}`;
}

describe("search ranks every match", () => {
  it("finds the best quote even when it is the 601st of 600 that match", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const text = `${"prison ".repeat(10)}The prison, the prison and the prison again.`;
    const doc = (await call(postDocument, { token: team.annotator.token, params: { projectId: p }, body: { title: "Ward", text } })).body.id as string;
    const userId = (await db().user.findFirstOrThrow({ where: { email: team.annotator.email } })).id;
    await manyQuotes(p, doc, userId, 600, "prison");
    // Inserted last, so the first 500 matches the index yields (in insertion order) never held it.
    const best = await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc }, body: { quote: { exact: "The prison, the prison and the prison" } } });
    expect(best.status, JSON.stringify(best.body)).toBe(201);
    const found = await find(team.viewer, p, "q=prison&kinds=annotation&limit=5");
    expect(found.items.map((i) => i.id)[0]).toBe(best.body.id);
    expect(found.items[0]!.rank).toBe(3);
    expect(found.items.slice(1).map((i) => i.rank)).toEqual([1, 1, 1, 1]);
    expect(found.limited).toEqual([]);
    // Two words: both must be there, ranked by how often they occur together.
    const two = await find(team.viewer, p, "q=prison%20again&kinds=annotation&limit=5");
    expect(two.items.map((i) => i.id)).toEqual([]);
    const both = await find(team.viewer, p, "q=the%20prison&kinds=annotation&limit=5");
    expect(both.items.map((i) => [i.id, i.rank])).toEqual([[best.body.id, 6]]);
    const either = await find(team.viewer, p, "q=the%20OR%20prison&kinds=annotation&limit=2");
    expect(either.items.map((i) => i.rank)).toEqual([6, 1]);
  });

  it("ranks a new quote at once, and never returns a deleted one or an old note's words", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const doc = (await call(postDocument, { token: team.annotator.token, params: { projectId: p }, body: { title: "Evin", text: "Evin prison held them in the summer of 1988." } })).body.id as string;
    const ann = (await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc }, body: { quote: { exact: "Evin prison" } } })).body.id as string;
    expect((await find(team.viewer, p, "q=evin&kinds=annotation")).items.map((i) => i.id)).toEqual([ann]);
    await db().annotation.update({ where: { id: ann }, data: { note: "Gohardasht too" } });
    expect((await find(team.viewer, p, "q=gohardasht&kinds=annotation")).items.map((i) => i.id)).toEqual([ann]);
    await db().annotation.update({ where: { id: ann }, data: { note: "Qezel Hesar" } });
    expect((await find(team.viewer, p, "q=gohardasht&kinds=annotation")).items).toEqual([]);
    expect(await db().searchPosting.count({ where: { projectId: p, itemId: ann, term: "gohardasht" } })).toBe(0);
    expect((await call(deleteAnnotation, { token: team.annotator.token, params: { annotationId: ann } })).status).toBeLessThan(300);
    expect((await find(team.viewer, p, "q=evin&kinds=annotation")).items).toEqual([]);
    expect((await find(team.viewer, p, "q=evin&kinds=document")).items.map((i) => i.id)).toEqual([doc]);
  });

  it("keeps postings equal to the words of every row's search vector", async () => {
    const team = await createTeam();
    const doc = (await call(postDocument, { token: team.annotator.token, params: { projectId: team.projectId }, body: { title: "Raisi", text: "The commission, the commission." } })).body.id as string;
    await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc }, body: { quote: { exact: "The commission, the commission" } } });
    const postings = async () =>
      db().$queryRaw<{ kind: string; term: string; itemId: string; impact: number }[]>`
        SELECT kind, term, "itemId", impact FROM "SearchPosting" WHERE "projectId" = ${team.projectId} ORDER BY kind, term, "itemId"`;
    const kept = await postings();
    expect(kept.filter((r) => r.kind === "d").map((r) => [r.term, r.impact])).toEqual([["commission", 2], ["raisi", 1], ["the", 2]]);
    const fromRows = await db().$queryRaw<{ kind: string; term: string; itemId: string; impact: number }[]>`
      SELECT kind, term, "itemId", impact FROM (
        SELECT 'd' AS kind, u.lexeme AS term, t.id AS "itemId", coalesce(array_length(u.positions, 1), 1)::int AS impact FROM "Document" t, unnest(t."searchVector") u WHERE t."projectId" = ${team.projectId}
        UNION ALL SELECT 'a', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Annotation" t, unnest(t."searchVector") u WHERE t."projectId" = ${team.projectId}
        UNION ALL SELECT 'c', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Claim" t, unnest(t."searchVector") u WHERE t."projectId" = ${team.projectId}
        UNION ALL SELECT 'e', u.lexeme, t.id, coalesce(array_length(u.positions, 1), 1) FROM "Entity" t, unnest(t."searchVector") u WHERE t."projectId" = ${team.projectId}) x
      ORDER BY kind, term, "itemId"`;
    expect(kept).toEqual(fromRows);
  });
});
