// The read functions behind the entity, claim and compare pages, on the real database: entities
// resolved through merges, roles, evidence spans, claim counts, subjects and project types.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { getEvidenceSpans } from "@/lib/annotations/get-evidence-spans";
import { createDocument } from "@/lib/documents/create-document";
import { countEntityClaims } from "@/lib/entities/count-entity-claims";
import { createEntity } from "@/lib/entities/create-entity";
import { getEntity } from "@/lib/entities/get-entity";
import { getEntityRefs } from "@/lib/entities/get-entity-refs";
import { entityView } from "@/lib/entities/entity-view";
import { db } from "@/lib/db/client";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { createTeam } from "../support/fixtures";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimType } from "@/lib/claims/create-claim-type";
import { describeClaims } from "@/lib/claims/describe-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { listClaimSubjects } from "@/lib/claims/list-claim-subjects";
import { listProjectClaimTypes } from "@/lib/claims/types/list-project-claim-types";

const TEXT = "بیش از ۳۰ هزار زندانی سیاسی اعدام شدند 😀, the NCRI says; more than 30,000 political prisoners were executed.";

async function setting() {
  const team = await createTeam();
  const access = await authorizeProject(team.owner.id, team.projectId, "project.read");
  const document = await createDocument(access, { title: "گزارش", text: TEXT, publisher: "MEK-Iran.com" });
  const persian = await createAnnotation(access, document.id, { quote: { exact: "بیش از ۳۰ هزار زندانی سیاسی اعدام شدند" } });
  const english = await createAnnotation(access, document.id, { quote: { exact: "more than 30,000 political prisoners were executed" } });
  const event = await createEntity(access, { kind: "event", name: "1988 massacre", aliases: ["اعدام‌های ۱۳۶۷"] });
  const eventDuplicate = await createEntity(access, { kind: "event", name: "Summer 1988 executions" });
  const ncri = await createEntity(access, { kind: "organization", name: "NCRI", reliability: "D" });
  const count = (value: number, eventId: string, evidence: string[]) =>
    createClaim(access, {
      type: "victim_count",
      fields: { count: { kind: "at_least", value }, outcome: "executed", event: eventId },
      evidence,
      attribution: { assertedBy: ncri.id, stance: "asserts" },
    });
  const first = await count(30000, event.id, [persian.id, english.id]);
  const second = await count(30000, eventDuplicate.id, [english.id]);
  await mergeEntities(access, eventDuplicate.id, { into: event.id });
  return { access, event, eventDuplicate, ncri, first, second, persian, english, document };
}

describe("describeClaims", () => {
  it("names entities through merges, lists roles and evidence spans with offsets", async () => {
    const s = await setting();
    const { entities, details } = await describeClaims(s.access, [s.first, s.second]);
    expect(entities[s.eventDuplicate.id]).toEqual({ id: s.event.id, name: "1988 massacre", kind: "event", reliability: null, namedAs: "Summer 1988 executions" });
    expect(entities[s.ncri.id]).toMatchObject({ id: s.ncri.id, name: "NCRI", reliability: "D", namedAs: null });
    expect(details[s.first.id]!.roles).toEqual(
      expect.arrayContaining([
        { entityId: s.ncri.id, role: "asserted_by" },
        { entityId: s.event.id, role: "field:event" },
        { entityId: s.first.attribution.reportedBy, role: "reported_by" },
      ]),
    );
    const [persian, english] = details[s.first.id]!.evidence;
    expect(persian).toMatchObject({ annotationId: s.persian.id, documentId: s.document.id, documentTitle: "گزارش", start: 0, exact: "بیش از ۳۰ هزار زندانی سیاسی اعدام شدند", status: "active" });
    expect(TEXT.slice(english!.start!, english!.end!)).toBe(english!.exact);
  });

  it("reports an unknown annotation as gone rather than failing", async () => {
    const s = await setting();
    const spans = await getEvidenceSpans(s.access, ["ann_missing"]);
    expect(spans.get("ann_missing")).toMatchObject({ exact: null, documentId: null, status: "deleted" });
    expect(await getEntityRefs(s.access, [])).toEqual({});
  });
});

describe("getEntity", () => {
  it("gives the entity, those merged into it and the merges, as the ORM rows read", async () => {
    const s = await setting();
    const entity = await getEntity(s.access, s.event.id);
    const row = (id: string) => db().entity.findUniqueOrThrow({ where: { id } }).then(entityView);
    const [merge] = await db().entityMerge.findMany({ where: { projectId: s.access.projectId, survivorId: s.event.id } });
    expect(entity).toEqual({
      ...(await row(s.event.id)),
      merged: [await row(s.eventDuplicate.id)],
      merges: [{ mergedId: s.eventDuplicate.id, judgedBy: s.access.userId, note: merge!.note, createdAt: merge!.createdAt.toISOString() }],
    });
    expect(entity.aliases).toContain("اعدام‌های ۱۳۶۷");
    expect((await getEntity(s.access, s.eventDuplicate.id)).mergedIntoId).toBe(s.event.id);
    await expect(getEntity(s.access, "ent_missing")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("countEntityClaims and listClaimSubjects", () => {
  it("count an entity's claims with those of entities merged into it", async () => {
    const s = await setting();
    const counts = await countEntityClaims(s.access, [s.event.id, s.ncri.id]);
    expect(counts.get(s.event.id)).toBe(2);
    expect(counts.get(s.ncri.id)).toBe(2);
    expect(await listClaimSubjects(s.access, "victim_count")).toEqual([{ id: s.event.id, name: "1988 massacre", kind: "event", claims: 2 }]);
    // Kept for the project's state: a new claim naming the entity moves its count.
    await createClaim(s.access, {
      type: "victim_count",
      fields: { count: { kind: "exact", value: 4482 }, outcome: "executed", event: s.event.id },
      evidence: [s.english.id],
      attribution: { assertedBy: s.ncri.id, stance: "asserts" },
    });
    expect((await countEntityClaims(s.access, [s.event.id, s.ncri.id])).get(s.ncri.id)).toBe(3);
    expect(await listClaimSubjects(s.access, "victim_count")).toEqual([{ id: s.event.id, name: "1988 massacre", kind: "event", claims: 3 }]);
    expect(await listClaimSubjects(s.access, "role")).toEqual([]);
  });
});

describe("listProjectClaimTypes", () => {
  it("lists the project's own types with their typed fields", async () => {
    const s = await setting();
    await createClaimType(s.access, { name: "detention_site", fields: [{ name: "site", kind: "entity", entityKind: "place", required: true }] });
    expect(await listProjectClaimTypes(s.access)).toMatchObject([{ name: "detention_site", description: null, fields: [{ name: "site", kind: "entity", entityKind: "place", required: true }] }]);
  });
});

describe("listClaims by entity", () => {
  it("lists the claims naming an entity or one merged into it, a page at a time, and nothing for an entity no claim names", async () => {
    const s = await setting();
    const other = await createEntity(s.access, { kind: "event", name: "Another event" });
    const all = await listClaims(s.access, { entityId: s.event.id, limit: 50 });
    expect(all.items.map((c) => c.id)).toEqual([s.first.id, s.second.id]);
    const first = await listClaims(s.access, { entityId: s.event.id, limit: 1 });
    expect(first.items.map((c) => c.id)).toEqual([s.first.id]);
    const next = await listClaims(s.access, { entityId: s.event.id, limit: 1, cursor: first.nextCursor! });
    expect(next.items.map((c) => c.id)).toEqual([s.second.id]);
    expect(next.nextCursor).toBeNull();
    // Through the merged entity's own id, only the claims that name it.
    expect((await listClaims(s.access, { entityId: s.eventDuplicate.id, limit: 50 })).items.map((c) => c.id)).toEqual([s.second.id]);
    expect((await listClaims(s.access, { entityId: other.id, limit: 50 })).items).toEqual([]);
  });
});
