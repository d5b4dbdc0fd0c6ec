// Phrases are answered from pairs of adjacent words: the items holding all of a phrase's pairs,
// ranked by how often its words occur. The answer must be exactly what reading every row would
// give (every match, only matches, the same ranks), and the pairs must follow every change at once.
import { describe, expect, it } from "vitest";
import { DELETE as deleteAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { GET as search } from "@/app/api/v1/projects/[projectId]/search/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { createTeam, type TestUser } from "@/test/support/fixtures";

const find = async (user: TestUser, projectId: string, query: string) => {
  const res = await call(search, { token: user.token, params: { projectId }, url: `/x?${query}` });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: { kind: string; id: string; rank: number }[]; nextCursor: string | null };
};

/** Quotes made straight in the database, their postings and pairs made by the same triggers as through the API. */
async function quotes(projectId: string, documentId: string, userId: string, texts: string[]): Promise<string[]> {
  const ids = texts.map((_, i) => `ann_p_${String(i).padStart(3, "0")}_${projectId}`);
  await db().$executeRaw`
    INSERT INTO "Annotation" (id, "projectId", "documentId", "lineageId", start, "end", exact, prefix, suffix, "codePointStart", "codePointEnd", "createdById")
    SELECT t.id, ${projectId}, d.id, d."lineageId", 0, length(t.exact), t.exact, '', '', 0, length(t.exact), ${userId}
    FROM "Document" d, unnest(${ids}::text[], ${texts}::text[]) AS t(id, exact) WHERE d.id = ${documentId}`;
  return ids;
}

/** What reading every quote gives: each one the query matches, ranked by how often the query's words occur in it. */
async function everyMatch(projectId: string, q: string) {
  return db().$queryRaw<{ id: string; rank: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('simple', search_fold(${q})) AS tq)
    SELECT a.id, (SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0) FROM unnest(a."searchVector") u
      WHERE u.lexeme IN (SELECT m[1] FROM regexp_matches(querytree(q.tq), '''([^'']*)''', 'g') m))::int AS rank
    FROM "Annotation" a, q
    WHERE a."projectId" = ${projectId} AND a.status = 'active' AND a."deletedAt" IS NULL AND a."searchVector" @@ q.tq
    ORDER BY rank DESC, a.id`;
}

const pairsOfRows = (projectId: string) =>
  db().$queryRaw<{ kind: string; term: string; next: string; itemId: string; termImpact: number; nextImpact: number }[]>`
    SELECT kind, term, next, "itemId", "termImpact"::int, "nextImpact"::int FROM (
      SELECT 'd' AS kind, s.*, t.id AS "itemId" FROM "Document" t, search_pairs(t."searchVector") s WHERE t."projectId" = ${projectId}
      UNION ALL SELECT 'a', s.*, t.id FROM "Annotation" t, search_pairs(t."searchVector") s WHERE t."projectId" = ${projectId}
      UNION ALL SELECT 'c', s.*, t.id FROM "Claim" t, search_pairs(t."searchVector") s WHERE t."projectId" = ${projectId}
      UNION ALL SELECT 'e', s.*, t.id FROM "Entity" t, search_pairs(t."searchVector") s WHERE t."projectId" = ${projectId}) x
    ORDER BY kind, term, next, "itemId"`;

const keptPairs = (projectId: string) =>
  db().$queryRaw<{ kind: string; term: string; next: string; itemId: string; termImpact: number; nextImpact: number }[]>`
    SELECT kind, term, next, "itemId", "termImpact"::int, "nextImpact"::int FROM "SearchPair" WHERE "projectId" = ${projectId} ORDER BY kind, term, next, "itemId"`;

describe("phrase search reads word pairs", () => {
  it("ranks every quote where the words stand side by side exactly as reading every row would, and no other", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const doc = (await call(postDocument, { token: team.annotator.token, params: { projectId: p }, body: { title: "Summer", text: "In the summer of 1988 the prison was closed." } })).body.id as string;
    const userId = (await db().user.findFirstOrThrow({ where: { email: team.annotator.email } })).id;
    const weaker = Array.from({ length: 40 }, (_, i) => (i % 2 ? "the summer of 1988" : "summer of 1988 in Evin"));
    const others = [
      "of 1988 summer", // every word and one pair, not the phrase
      "summer of the year 1988", // every word and the first pair only
      "summer, of course; 1988", // every word, neither pair
      "summer; of 1988", // side by side across punctuation: a match, as for the text search
      "the summer of 1988, the summer of 1988 and of 1988 again", // the best: summer 2 + of 3 + 1988 3
      "summer of summer of 1988", // a repeated pair
      "Summer Of 1988",
    ];
    const ids = await quotes(p, doc, userId, [...weaker, ...others]);
    for (const q of ['"summer of 1988"', '"summer of"', '"of 1988" summer', '"the summer of 1988"', '"summer of 1988" evin', '"summer of 1988" -evin', '"summer summer"', '"summer of summer"']) {
      const found = await find(team.viewer, p, `q=${encodeURIComponent(q)}&kinds=annotation&limit=100`);
      const expected = await everyMatch(p, q);
      expect(found.items.map((i) => [i.id, i.rank]), q).toEqual(expected.map((r) => [r.id, r.rank]));
      expect(found.nextCursor, q).toBeNull();
    }
    const best = await find(team.viewer, p, `q=${encodeURIComponent('"summer of 1988"')}&kinds=annotation&limit=3`);
    expect(best.items.map((i) => [i.id, i.rank])[0]).toEqual([ids[weaker.length + 4], 8]);
    // The phrase's matches are found although neither word's postings are read: the pairs alone name them.
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"summer of 1988"')}&kinds=annotation&limit=100`)).items).toHaveLength(40 + 4);
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"1988 summer"')}&kinds=annotation`)).items.map((i) => i.id)).toEqual([ids[weaker.length]]);
  });

  it("keeps every item's pairs equal to its search vector's through inserts, edits and deletes", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const doc = (await call(postDocument, { token: team.annotator.token, params: { projectId: p }, body: { title: "Raisi", text: "The commission, the commission." } })).body.id as string;
    const ann = (await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc }, body: { quote: { exact: "The commission, the commission" } } })).body.id as string;
    const ofDoc = (await keptPairs(p)).filter((r) => r.kind === "d").map((r) => [r.term, r.next, r.termImpact, r.nextImpact]);
    expect(ofDoc).toEqual([
      ["commission", "the", 2, 2],
      ["raisi", "the", 1, 2],
      ["the", "commission", 2, 2],
    ]);
    await db().annotation.update({ where: { id: ann }, data: { note: "Gohardasht prison" } });
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"gohardasht prison"')}&kinds=annotation`)).items.map((i) => i.id)).toEqual([ann]);
    await db().annotation.update({ where: { id: ann }, data: { note: "prison Gohardasht" } });
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"gohardasht prison"')}&kinds=annotation`)).items).toEqual([]);
    expect(await keptPairs(p)).toEqual(await pairsOfRows(p));
    // Deleted through the API (kept as a withdrawn row): never found again.
    expect((await call(deleteAnnotation, { token: team.annotator.token, params: { annotationId: ann } })).status).toBeLessThan(300);
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"prison gohardasht"')}&kinds=annotation`)).items).toEqual([]);
    // A row removed outright takes its pairs with it.
    const gone = (await call(postEntity, { token: team.annotator.token, params: { projectId: p }, body: { kind: "place", name: "mass graves of Khavaran" } })).body.id as string;
    expect((await keptPairs(p)).filter((r) => r.itemId === gone).map((r) => [r.term, r.next])).toEqual([["graves", "of"], ["mass", "graves"], ["of", "khavaran"]]);
    await db().$executeRaw`DELETE FROM "Entity" WHERE id = ${gone}`;
    expect((await keptPairs(p)).some((r) => r.itemId === gone)).toBe(false);
    expect(await keptPairs(p)).toEqual(await pairsOfRows(p));
    expect((await find(team.viewer, p, `q=${encodeURIComponent('"the commission"')}&kinds=document`)).items.map((i) => [i.id, i.rank])).toEqual([[doc, 4]]);
  });
});
