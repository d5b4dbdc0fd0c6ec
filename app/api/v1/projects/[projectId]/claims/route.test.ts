// Claims, entities and claim types through the public API, against the real database.
import { describe, expect, it } from "vitest";
import { POST as postAnnotation } from "@/app/api/v1/documents/[documentId]/annotations/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as getHistory } from "@/app/api/v1/claims/[claimId]/history/route";
import { POST as submit } from "@/app/api/v1/claims/[claimId]/submit/route";
import { GET as listTypes, POST as postType } from "@/app/api/v1/projects/[projectId]/claim-types/route";
import { GET as listClaims, POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as compare } from "@/app/api/v1/projects/[projectId]/compare/route";
import { POST as postDocument } from "@/app/api/v1/projects/[projectId]/documents/route";
import { GET as listEntities, POST as postEntity } from "@/app/api/v1/projects/[projectId]/entities/route";
import { db } from "@/lib/db/client";
import { call } from "@/test/support/api";
import { expectError, expectHidden } from "@/test/support/assertions";
import { createProject, createTeam, type Team, type TestUser } from "@/test/support/fixtures";

const TEXT = "More than 30,000 political prisoners were executed in the summer of 1988, the NCRI says.";

async function entity(user: TestUser, projectId: string, body: object): Promise<string> {
  const res = await call(postEntity, { token: user.token, params: { projectId }, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function setting(team: Team) {
  const p = { projectId: team.projectId };
  const doc = await call(postDocument, { token: team.annotator.token, params: p, body: { title: "Article", text: TEXT, publisher: "MEK-Iran.com" } });
  const ann = await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc.body.id }, body: { quote: { exact: "More than 30,000 political prisoners were executed" } } });
  const massacre = await entity(team.annotator, team.projectId, { kind: "event", name: "1988 massacre of political prisoners", aliases: ["اعدام‌های ۱۳۶۷"] });
  const ncri = await entity(team.annotator, team.projectId, { kind: "organization", name: "National Council of Resistance of Iran", aliases: ["NCRI"] });
  return { documentId: doc.body.id as string, annotationId: ann.body.id as string, massacre, ncri };
}

const victimCount = (s: Awaited<ReturnType<typeof setting>>) => ({
  type: "victim_count",
  fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed", event: s.massacre, period: { from: "1988-07", to: "1988-09" } },
  evidence: [s.annotationId],
  attribution: { assertedBy: s.ncri, stance: "asserts", modality: "estimated" },
});

describe("claims", () => {
  it("creates a victim count with attribution; reportedBy defaults to the document's publisher", async () => {
    const team = await createTeam();
    const s = await setting(team);
    const res = await call(postClaim, { token: team.annotator.token, params: { projectId: team.projectId }, body: victimCount(s) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ type: "victim_count", status: "draft", version: 1, evidence: [s.annotationId], count: { min: 30000, max: null } });
    expect(res.body.attribution).toMatchObject({ assertedBy: s.ncri, stance: "asserts", modality: "estimated", via: [] });
    const publisher = await db().entity.findUnique({ where: { id: res.body.attribution.reportedBy } });
    expect(publisher).toMatchObject({ name: "MEK-Iran.com", kind: "organization", projectId: team.projectId });

    const again = await call(postClaim, { token: team.annotator.token, params: { projectId: team.projectId }, body: victimCount(s) });
    expect(again.body.attribution.reportedBy).toBe(res.body.attribution.reportedBy);
    const got = await call(getClaim, { token: team.viewer.token, params: { claimId: res.body.id } });
    expect(got.body.fields).toEqual(victimCount(s).fields);
    expectHidden(await call(getClaim, { token: team.outsider.token, params: { claimId: res.body.id } }), "claim");
  });

  it("rejects wrong shapes with 400 naming the field, and writes nothing", async () => {
    const team = await createTeam();
    const s = await setting(team);
    const other = await createProject(team.outsider);
    const foreign = await entity(team.outsider, other, { kind: "event", name: "Elsewhere" });
    const before = await db().claim.count({ where: { projectId: team.projectId } });
    const events = await db().event.count({ where: { projectId: team.projectId } });
    const base = victimCount(s);
    const bad: [object, (string | number)[]][] = [
      [{ ...base, fields: { ...base.fields, count: { kind: "range", min: 5 } } }, ["fields", "count", "max"]],
      [{ ...base, fields: { ...base.fields, count: { kind: "exact", value: -3 } } }, ["fields", "count", "value"]],
      [{ ...base, fields: { ...base.fields, outcome: "vanished" } }, ["fields", "outcome"]],
      [{ ...base, fields: { ...base.fields, period: { from: "88" } } }, ["fields", "period", "from"]],
      [{ ...base, fields: { ...base.fields, bogus: 1 } }, ["fields", "bogus"]],
      [{ ...base, fields: { ...base.fields, event: foreign } }, ["fields", "event"]],
      [{ ...base, fields: { ...base.fields, event: s.ncri } }, ["fields", "event"]],
      [{ ...base, evidence: [] }, ["evidence"]],
      [{ ...base, evidence: ["ann_missing"] }, ["evidence", 0]],
      [{ ...base, attribution: { ...base.attribution, assertedBy: foreign } }, ["attribution", "assertedBy"]],
      [{ ...base, attribution: { ...base.attribution, stance: "believes" } }, ["attribution", "stance"]],
      [{ ...base, type: "rumour" }, ["type"]],
      [{ type: "role", fields: { role: "" }, evidence: [s.annotationId], attribution: base.attribution }, ["fields", "person"]],
      [{ type: "statement", fields: { speaker: s.ncri }, evidence: [s.annotationId], attribution: base.attribution }, ["fields", "quote"]],
    ];
    for (const [body, path] of bad) {
      expectError(await call(postClaim, { token: team.annotator.token, params: { projectId: team.projectId }, body }), 400, "invalid_input", [path]);
    }
    expect(await db().claim.count({ where: { projectId: team.projectId } })).toBe(before);
    expect(await db().event.count({ where: { projectId: team.projectId } })).toBe(events);
    expectError(await call(postClaim, { token: team.viewer.token, params: { projectId: team.projectId }, body: base }), 403, "forbidden");
  });

  it("edits with the version: a stale edit is a 409 holding the current claim; history lists every event", async () => {
    const team = await createTeam();
    const s = await setting(team);
    const created = await call(postClaim, { token: team.annotator.token, params: { projectId: team.projectId }, body: victimCount(s) });
    const claimId = created.body.id as string;
    const fields = { ...victimCount(s).fields, count: { kind: "range", min: 30000, max: 33000 } };
    const edited = await call(patchClaim, { method: "PATCH", token: team.annotator.token, params: { claimId }, body: { version: 1, fields } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, count: { min: 30000, max: 33000 } });
    const stale = await call(patchClaim, { method: "PATCH", token: team.annotator.token, params: { claimId }, body: { version: 1, fields: victimCount(s).fields } });
    expectError(stale, 409, "conflict");
    expect(stale.body.error.current).toMatchObject({ id: claimId, version: 2 });
    expectError(await call(patchClaim, { method: "PATCH", token: team.reviewer.token, params: { claimId }, body: { version: 2, fields } }), 403, "forbidden");
    const submitted = await call(submit, { token: team.annotator.token, params: { claimId } });
    expect(submitted.body).toMatchObject({ status: "submitted", version: 3 });
    expectError(await call(patchClaim, { method: "PATCH", token: team.annotator.token, params: { claimId }, body: { version: 3, fields } }), 409, "conflict");
    const history = await call(getHistory, { token: team.viewer.token, params: { claimId } });
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(["claim.created", "claim.updated", "claim.submitted"]);
    const listed = await call(listClaims, { token: team.viewer.token, params: { projectId: team.projectId }, url: `/x?status=submitted&entityId=${s.massacre}&documentId=${s.documentId}` });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([claimId]);
  });

  it("compares estimates per event and counts independent origins against repeating documents", async () => {
    const team = await createTeam();
    const s = await setting(team);
    const p = { projectId: team.projectId };
    const doc2 = await call(postDocument, { token: team.annotator.token, params: p, body: { title: "Repeat", text: "The regime executed 30,000 political prisoners.", publisher: "Other site" } });
    const ann2 = await call(postAnnotation, { token: team.annotator.token, params: { documentId: doc2.body.id }, body: { quote: { exact: "executed 30,000 political prisoners" } } });
    const ai = await entity(team.annotator, team.projectId, { kind: "organization", name: "Amnesty International" });
    await call(postClaim, { token: team.annotator.token, params: p, body: victimCount(s) });
    await call(postClaim, { token: team.annotator.token, params: p, body: { ...victimCount(s), evidence: [ann2.body.id] } });
    await call(postClaim, { token: team.annotator.token, params: p, body: { ...victimCount(s), fields: { count: { kind: "range", min: 4000, max: 5000 }, outcome: "executed", event: s.massacre }, attribution: { assertedBy: ai, stance: "asserts" } } });
    const res = await call(compare, { token: team.viewer.token, params: p, url: `/x?type=victim_count&entityId=${s.massacre}` });
    expect(res.status).toBe(200);
    const [group] = res.body.groups;
    expect(group.subject).toMatchObject({ id: s.massacre });
    expect(group.claims).toHaveLength(3);
    expect(group.summary).toMatchObject({ claims: 3, documents: 2, independentOrigins: 2, repeatingDocuments: 1, lowest: 4000, highest: 30000 });
    expect(group.summary.origins[0].entity).toMatchObject({ id: s.ncri, name: "National Council of Resistance of Iran" });
  });
});

describe("entities and claim types", () => {
  it("finds entities by any name or alias, whatever the Arabic or Persian letter variant", async () => {
    const team = await createTeam();
    const p = { projectId: team.projectId };
    const id = await entity(team.annotator, team.projectId, { kind: "place", name: "Gohardasht prison", aliases: ["زندان گوهردشت", "Rajaei Shahr"] });
    for (const q of ["gohardasht", "RAJAEI", "گوهردشت", "زندان گوهردشت"]) {
      const res = await call(listEntities, { token: team.viewer.token, params: p, url: `/x?q=${encodeURIComponent(q)}` });
      expect(res.body.items.map((e: { id: string }) => e.id), q).toEqual([id]);
    }
    const arabic = await entity(team.annotator, team.projectId, { kind: "person", name: "علي خامنه‌اي" });
    const res = await call(listEntities, { token: team.viewer.token, params: p, url: `/x?q=${encodeURIComponent("علی خامنه ای")}` });
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([arabic]);
    expectError(await call(postEntity, { token: team.annotator.token, params: p, body: { kind: "planet", name: "" } }), 400, "invalid_input", [["kind"], ["name"]]);
    expectError(await call(postEntity, { token: team.annotator.token, params: p, body: { kind: "organization", name: "X", reliability: "B" } }), 403, "forbidden");
  });

  it("returns a JSON Schema for every type; owners add typed types that validate claims", async () => {
    const team = await createTeam();
    const p = { projectId: team.projectId };
    const def = { name: "detention", fields: [{ name: "site", kind: "entity", entityKind: "place", required: true }, { name: "detainees", kind: "count" }, { name: "regime", kind: "choice", options: ["civil", "military"] }, { name: "when", kind: "period" }] };
    expectError(await call(postType, { token: team.reviewer.token, params: p, body: def }), 403, "forbidden");
    expectError(await call(postType, { token: team.owner.token, params: p, body: { ...def, fields: [{ name: "Bad Name", kind: "text" }] } }), 400, "invalid_input", [["fields", 0, "name"]]);
    expect((await call(postType, { token: team.owner.token, params: p, body: def })).status).toBe(201);
    const types = await call(listTypes, { token: team.viewer.token, params: p });
    const byName = Object.fromEntries(types.body.items.map((t: { name: string; id: string; builtIn: boolean; jsonSchema: unknown }) => [t.builtIn ? t.id : t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(["detention", "event", "role", "statement", "victim_count"]);
    expect(byName.victim_count.jsonSchema.required).toEqual(["count", "outcome"]);
    expect(byName.detention.jsonSchema.properties.regime.enum).toEqual(["civil", "military"]);

    const s = await setting(team);
    const site = await entity(team.annotator, team.projectId, { kind: "place", name: "Evin prison" });
    const body = { type: "detention", fields: { site, regime: "civil", detainees: { kind: "approx", value: 200 } }, evidence: [s.annotationId], attribution: { assertedBy: s.ncri, stance: "quotes" } };
    const ok = await call(postClaim, { token: team.annotator.token, params: p, body });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.count).toEqual({ min: 200, max: 200 });
    expectError(await call(postClaim, { token: team.annotator.token, params: p, body: { ...body, fields: { site: s.ncri, regime: "naval" } } }), 400, "invalid_input", [["fields", "site"], ["fields", "regime"]]);
  });
});
