// Search in any script, phrases, numeric ranges, and never anything from a project the caller cannot see.
import { describe, expect, it } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { GET as search } from "@/app/api/v1/projects/[projectId]/search/route";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createProject, createTeam, type TestUser } from "@/test/support/fixtures";

const PERSIAN = "گزارش‌ها می‌گویند هزاران زندانی سیاسی در زندان گوهردشت و اوین اعدام شدند.";
const ENGLISH = "Ebrahim Raisi was a member of the Death Commission. The commission sent prisoners to their death.";

async function doc(user: TestUser, projectId: string, title: string, text: string) {
  const res = await call(postDocument, { token: user.token, params: { projectId }, body: { title, text } });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const find = async (user: TestUser, projectId: string, query: string) => {
  const res = await call(search, { token: user.token, params: { projectId }, url: `/x?${query}` });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { kind: string; id: string; snippet?: { matches: { start: number; end: number }[]; offset: number; text: string } }[];
};

describe("GET /api/v1/projects/{projectId}/search", () => {
  it("finds Persian text typed with either letter variant, with the exact span of the match", async () => {
    const team = await createTeam();
    const fa = await doc(team.annotator, team.projectId, "گزارش", PERSIAN);
    for (const q of ["گوهردشت", "مي‌گويند", "میگویند", "زندانی سیاسی"]) {
      const items = await find(team.viewer, team.projectId, `q=${encodeURIComponent(q)}&kinds=document`);
      expect(items.map((i) => i.id), q).toEqual([fa]);
    }
    const [hit] = await find(team.viewer, team.projectId, `q=${encodeURIComponent("گوهردشت")}&kinds=document`);
    const m = hit!.snippet!.matches[0]!;
    expect(PERSIAN.slice(m.start, m.end)).toBe("گوهردشت");
  });

  it("searches phrases, quotes and entities, ranked", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const en = await doc(team.annotator, p, "Raisi", ENGLISH);
    await doc(team.annotator, p, "Other", "A commission of death was never formed here.");
    const phrase = await find(team.viewer, p, `q=${encodeURIComponent('"death commission"')}&kinds=document`);
    expect(phrase.map((i) => i.id)).toEqual([en]);
    const loose = await find(team.viewer, p, `q=${encodeURIComponent("death commission")}&kinds=document`);
    expect(loose).toHaveLength(2);
    expect(loose[0]!.id).toBe(en);
    const ann = await call(postAnnotation, { token: team.annotator.token, params: { documentId: en }, body: { quote: { exact: "Death Commission" } } });
    const quotes = await find(team.viewer, p, `q=commission&kinds=annotation`);
    expect(quotes.map((i) => i.id)).toEqual([ann.body.id]);
    const e = await call(postEntity, { token: team.annotator.token, params: { projectId: p }, body: { kind: "place", name: "Gohardasht prison", aliases: ["زندان گوهردشت"] } });
    const entities = await find(team.viewer, p, `q=${encodeURIComponent("گوهردشت")}&kinds=entity`);
    expect(entities.map((i) => i.id)).toEqual([e.body.id]);
    expect(entities[0]).toMatchObject({ kind: "entity", entityKind: "place", name: "Gohardasht prison" });
  });

  it("finds victim counts whose ranges overlap a numeric range", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const d = await doc(team.annotator, p, "Counts", "Figures: 30,000; 4,000 to 5,000; 251; unknown.");
    const org = (await call(postEntity, { token: team.annotator.token, params: { projectId: p }, body: { kind: "organization", name: "Org" } })).body.id;
    const ann = (await call(postAnnotation, { token: team.annotator.token, params: { documentId: d }, body: { start: 0, end: 7 } })).body.id;
    const claim = async (count: object) =>
      (await call(postClaim, { token: team.annotator.token, params: { projectId: p }, body: { type: "victim_count", fields: { count, outcome: "executed" }, evidence: [ann], attribution: { assertedBy: org, stance: "asserts" } } })).body.id as string;
    const big = await claim({ kind: "at_least", value: 30000 });
    const range = await claim({ kind: "range", min: 4000, max: 5000 });
    const small = await claim({ kind: "exact", value: 251 });
    await claim({ kind: "unknown" });
    const ids = async (query: string) => (await find(team.viewer, p, query)).map((i) => i.id).sort();
    expect(await ids("countMin=1000&countMax=5000")).toEqual([range].sort());
    expect(await ids("countMin=4500&countMax=40000")).toEqual([big, range].sort());
    expect(await ids("countMin=100000")).toEqual([big]);
    expect(await ids("countMax=300")).toEqual([small]);
    expectError(await call(search, { token: team.viewer.token, params: { projectId: p }, url: "/x?countMin=9&countMax=3" }), 400, "invalid_input", [["countMax"]]);
    expectError(await call(search, { token: team.viewer.token, params: { projectId: p }, url: "/x?kinds=planets&q=x" }), 400, "invalid_input");
  });

  it("pages on with a cursor: every hit once, in the order of one page holding them all, across kinds and rank ties", async () => {
    const team = await createTeam();
    const p = team.projectId;
    // Sources that say "prison" 1 to 4 times, several of each count, and quotes that say it once:
    // ties within a kind (by id) and across kinds (sources first) fall across page breaks.
    const texts = [1, 2, 3, 4, 1, 2, 3, 1, 2, 1].map((n, i) => `${"Evin prison, ".repeat(n)}report ${i}.`);
    const docs = [];
    for (const [i, t] of texts.entries()) docs.push(await doc(team.annotator, p, `Report ${i}`, t));
    for (const d of docs.slice(0, 3)) await call(postAnnotation, { token: team.annotator.token, params: { documentId: d }, body: { start: 0, end: 11 } });
    const page = async (query: string) => {
      const res = await call(search, { token: team.viewer.token, params: { projectId: p }, url: `/x?${query}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { items: { kind: string; id: string; rank: number }[]; nextCursor: string | null };
    };
    for (const q of ["prison", "evin prison", '"evin prison"', "prison OR nothing"]) {
      const whole = await page(`q=${encodeURIComponent(q)}&limit=500`);
      expect(whole.nextCursor, q).toBeNull();
      expect(whole.items.map((i) => i.kind).filter((k) => k === "document"), q).toHaveLength(10);
      expect(whole.items.map((i) => i.kind).filter((k) => k === "annotation"), q).toHaveLength(3);
      const paged: { kind: string; id: string; rank: number }[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const next: Awaited<ReturnType<typeof page>> = await page(`q=${encodeURIComponent(q)}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
        expect(next.items.length, q).toBeLessThanOrEqual(3);
        paged.push(...next.items);
        cursor = next.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages, q).toBe(5);
      expect(paged.map((i) => [i.kind, i.id, i.rank]), q).toEqual(whole.items.map((i) => [i.kind, i.id, i.rank]));
    }
    // One kind alone pages the same way.
    const quotes = await page(`q=prison&kinds=annotation&limit=2`);
    expect(quotes.items.map((i) => i.kind)).toEqual(["annotation", "annotation"]);
    const rest = await page(`q=prison&kinds=annotation&limit=2&cursor=${quotes.nextCursor}`);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expectError(await call(search, { token: team.viewer.token, params: { projectId: p }, url: "/x?q=prison&cursor=bm90LWEtY3Vyc29y" }), 400, "invalid_input", [["cursor"]]);
    const countCursor = Buffer.from('{"c":5,"i":"clm_x"}').toString("base64url");
    expectError(await call(search, { token: team.viewer.token, params: { projectId: p }, url: `/x?q=prison&cursor=${countCursor}` }), 400, "invalid_input", [["cursor"]]);
  });

  it("pages claims found by count alone, lowest count first", async () => {
    const team = await createTeam();
    const p = team.projectId;
    const d = await doc(team.annotator, p, "Counts", "Figures of the dead.");
    const org = (await call(postEntity, { token: team.annotator.token, params: { projectId: p }, body: { kind: "organization", name: "Org" } })).body.id;
    const ann = (await call(postAnnotation, { token: team.annotator.token, params: { documentId: d }, body: { start: 0, end: 7 } })).body.id;
    const ids: string[] = [];
    for (const value of [500, 100, 300, 100, 200]) {
      ids.push((await call(postClaim, { token: team.annotator.token, params: { projectId: p }, body: { type: "victim_count", fields: { count: { kind: "at_least", value }, outcome: "executed" }, evidence: [ann], attribution: { assertedBy: org, stance: "asserts" } } })).body.id as string);
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(search, { token: team.viewer.token, params: { projectId: p }, url: `/x?countMin=1&limit=2${cursor ? `&cursor=${cursor}` : ""}` });
      expect(res.status).toBe(200);
      const body = res.body as { items: { id: string; count: { min: number } }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.count.min));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([100, 100, 200, 300, 500]);
  });

  it("never returns anything from a project the caller cannot see", async () => {
    const team = await createTeam();
    await doc(team.annotator, team.projectId, "Secret", "The informant's name is Shahrokh.");
    const own = await createProject(team.outsider);
    expect(await find(team.outsider, own, "q=Shahrokh")).toEqual([]);
    expectHidden(await call(search, { token: team.outsider.token, params: { projectId: team.projectId }, url: "/x?q=Shahrokh" }));
    expect((await find(team.viewer, team.projectId, "q=shahrokh")).length).toBe(1);
  });
});
