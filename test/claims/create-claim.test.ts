// Creating a claim in two statements (read what it names, write it with its event), on the real
// database: the rows and events it leaves, the publisher's organisation found or created with it,
// evidence withdrawn between the check and the write, and a taken id.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { checkClaim, entityRefs, parseClaimFields } from "@/lib/claims/check-claim";
import { createClaim } from "@/lib/claims/create-claim";
import { lookUpClaimInputs } from "@/lib/claims/look-up-claim-inputs";
import { BUILTIN_TYPES } from "@/lib/claims/types/builtin";
import { writeClaim } from "@/lib/claims/write-claim";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { createEntity } from "@/lib/entities/create-entity";
import { errorResponse } from "@/lib/http/respond";
import { verifyChain } from "@/lib/provenance/verify-chain";
import { createTeam } from "../support/fixtures";

const TEXT = "بیش از ۳۰ هزار زندانی سیاسی اعدام شدند, the monitor says; more than 30,000 political prisoners were executed.";

async function setting(publisher: string) {
  const team = await createTeam();
  const access = await authorizeProject(team.annotator.id, team.projectId, "claim.create");
  const document = await createDocument(access, { title: "گزارش", text: TEXT, publisher });
  const span = await createAnnotation(access, document.id, { quote: { exact: "more than 30,000 political prisoners were executed" } });
  const event = await createEntity(access, { kind: "event", name: "1988 massacre", aliases: ["اعدام‌های ۱۳۶۷"] });
  const source = await createEntity(access, { kind: "organization", name: "Amnesty International", aliases: ["AI"] });
  const input = {
    type: "victim_count",
    fields: { count: { kind: "range" as const, min: 2800, max: 30000 }, outcome: "executed", event: event.id },
    evidence: [span.id],
    attribution: { assertedBy: source.id, stance: "asserts" as const },
  };
  return { access, document, span, event, source, input };
}

const eventsOf = (projectId: string) => db().event.findMany({ where: { projectId }, orderBy: { seq: "asc" } });

describe("creating a claim", () => {
  it("writes the claim, its evidence, its roles and its event; a publisher with no organisation gets one, its event first", async () => {
    const s = await setting("Iran Human Rights Monitor");
    const before = (await eventsOf(s.access.projectId)).length;
    const claim = await createClaim(s.access, s.input);
    expect(claim).toMatchObject({ type: "victim_count", status: "draft", version: 1, evidence: [s.span.id], evidenceDocuments: [s.document.id], count: { min: 2800, max: 30000 }, createdBy: s.access.userId });
    expect(claim.attribution).toEqual({ assertedBy: s.source.id, reportedBy: expect.stringMatching(/^ent_/), via: [], stance: "asserts", modality: "unspecified" });
    const reporterId = claim.attribution.reportedBy!;
    expect(await db().entity.findUnique({ where: { id: reporterId } })).toMatchObject({ projectId: s.access.projectId, kind: "organization", name: "Iran Human Rights Monitor", aliases: [], searchKey: "iranhumanrightsmonitor" });

    const stored = await db().claim.findUniqueOrThrow({ where: { id: claim.id }, include: { evidence: true, entities: true } });
    expect(stored).toMatchObject({ subjectEntityId: s.event.id, countMin: 2800, countMax: 30000, stance: "asserts", modality: "unspecified" });
    expect(stored.searchText.split("\n")).toEqual(expect.arrayContaining(["range", "2800", "30000", "executed", "Amnesty International", "AI", "1988 massacre", "Iran Human Rights Monitor"]));
    expect(stored.evidence.map((e) => [e.annotationId, e.documentId, e.position])).toEqual([[s.span.id, s.document.id, 0]]);
    expect(stored.entities.map((e) => `${e.entityId} ${e.role}`).sort()).toEqual([`${s.source.id} asserted_by`, `${reporterId} reported_by`, `${s.event.id} field:event`].sort());

    const events = (await eventsOf(s.access.projectId)).slice(before);
    expect(events.map((e) => [e.type, e.subjectId])).toEqual([["entity.created", reporterId], ["claim.created", claim.id]]);
    expect(events[0]!.data).toEqual({ after: { kind: "organization", name: "Iran Human Rights Monitor", aliases: [], wikidataId: null, reliability: null } });
    expect(events[1]!.data).toEqual({
      after: {
        type: "victim_count", fields: s.input.fields, evidence: [{ annotationId: s.span.id, documentId: s.document.id, position: 0 }],
        assertedById: s.source.id, reportedById: reporterId, via: [], stance: "asserts", modality: "unspecified",
        subjectEntityId: s.event.id, countMin: 2800, countMax: 30000, status: "draft", version: 1,
      },
    });
    expect(await verifyChain(s.access.projectId)).toMatchObject({ ok: true });

    // The second claim on the same source finds the organisation made for the first.
    const again = await createClaim(s.access, s.input);
    expect(again.attribution.reportedBy).toBe(reporterId);
  });

  it("finds the publisher's organisation under another spelling of its name, and creates none", async () => {
    const s = await setting("MEK-Iran.com");
    const spelled = await createEntity(s.access, { kind: "organization", name: "mek iran com" });
    const entities = await db().entity.count({ where: { projectId: s.access.projectId } });
    const claim = await createClaim(s.access, s.input);
    expect(claim.attribution.reportedBy).toBe(spelled.id);
    expect(await db().entity.count({ where: { projectId: s.access.projectId } })).toBe(entities);
  });

  it("writes nothing when the evidence is withdrawn between the check and the write", async () => {
    const s = await setting("MEK-Iran.com");
    const type = BUILTIN_TYPES.victim_count!;
    const parsed = parseClaimFields(type, s.input.fields);
    const named = entityRefs(type, parsed.fields, s.input.attribution, null).map((r) => r.id);
    const found = await lookUpClaimInputs(s.access.projectId, { evidence: s.input.evidence, entityIds: named });
    const prepared = checkClaim(type, s.input, parsed, found);
    await deleteAnnotation(s.access, s.span.id);
    const claims = await db().claim.count({ where: { projectId: s.access.projectId } });
    const events = (await eventsOf(s.access.projectId)).length;
    expect(await writeClaim(s.access, { id: "clm_withdrawn", prepared, newReporter: found.newReporter })).toBeUndefined();
    expect(await db().claim.count({ where: { projectId: s.access.projectId } })).toBe(claims);
    expect(await db().entity.count({ where: { projectId: s.access.projectId, name: "MEK-Iran.com" } })).toBe(0);
    expect((await eventsOf(s.access.projectId)).length).toBe(events);
    // Checked anew, the claim is refused naming the evidence.
    await expect(createClaim(s.access, s.input)).rejects.toMatchObject({ code: "invalid_input", issues: [{ path: ["evidence", 0], message: "is not an annotation of this project" }] });
  });

  it("answers a taken claim id with a 409 and writes nothing more", async () => {
    const s = await setting("MEK-Iran.com");
    await createClaim(s.access, s.input, { id: "clm_taken_once" });
    const events = (await eventsOf(s.access.projectId)).length;
    const error = await createClaim(s.access, s.input, { id: "clm_taken_once" }).catch((e: unknown) => e);
    expect(errorResponse(error).status).toBe(409);
    expect((await eventsOf(s.access.projectId)).length).toBe(events);
  });
});
