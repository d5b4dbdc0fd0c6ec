// Rejected suggestions on the real database: recorded once with who and when, logged, listed for
// the reader, kept inside the document and inside the project.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { listEvidenceClaims } from "@/lib/claims/list-evidence-claims";
import { db } from "@/lib/db/client";
import { createDocument } from "@/lib/documents/create-document";
import { createEntity } from "@/lib/entities/create-entity";
import { listEntityNames } from "@/lib/entities/list-entity-names";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { createTeam } from "../support/fixtures";
import { listRejectedSpans } from "@/lib/suggestions/list-rejected-spans";
import { rejectSuggestion } from "@/lib/suggestions/reject-suggestion";

const TEXT = "More than 30,000 political prisoners were executed, the NCRI says.";

async function setting() {
  const team = await createTeam();
  const access = await authorizeProject(team.annotator.id, team.projectId, "annotation.create");
  const document = await createDocument(access, { title: "Report", text: TEXT });
  return { team, access, document };
}

describe("rejectSuggestion", () => {
  it("records who rejected which span once, logs it, and lists it for the reader", async () => {
    const { team, access, document } = await setting();
    const first = await rejectSuggestion(access, { documentId: document.id, start: 0, end: 16 });
    const again = await rejectSuggestion(access, { documentId: document.id, start: 0, end: 16 });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const row = await db().suggestionRejection.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ projectId: team.projectId, documentId: document.id, rejectedById: team.annotator.id });
    const events = await db().event.findMany({ where: { projectId: team.projectId, type: "suggestion.rejected" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: team.annotator.id, subjectId: document.id, data: { after: { start: 0, end: 16 } } });
    expect(await listRejectedSpans(access, document.id)).toEqual(["0:16"]);
  });

  it("refuses a span past the end of the text, and a document of another project, writing nothing", async () => {
    const { access, document } = await setting();
    const other = await setting();
    await expect(rejectSuggestion(access, { documentId: document.id, start: 10, end: TEXT.length + 1 })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(rejectSuggestion(access, { documentId: other.document.id, start: 0, end: 5 })).rejects.toMatchObject({ code: "not_found" });
    expect(await db().suggestionRejection.count({ where: { documentId: { in: [document.id, other.document.id] } } })).toBe(0);
  });
});

describe("the reader's claim data", () => {
  it("lists the claims resting on each annotation of a document, and the project's entity names without merged ones", async () => {
    const { access, document } = await setting();
    const ann = await createAnnotation(access, document.id, { quote: { exact: "More than 30,000 political prisoners were executed" } });
    const ncri = await createEntity(access, { kind: "organization", name: "National Council of Resistance of Iran", aliases: ["NCRI"] });
    const copy = await createEntity(access, { kind: "organization", name: "NCRI Paris" });
    const claim = await createClaim(access, {
      type: "victim_count",
      fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed" },
      evidence: [ann.id],
      attribution: { assertedBy: ncri.id, stance: "asserts" },
    });
    expect(await listEvidenceClaims(access, document.id)).toEqual([{ annotationId: ann.id, claimId: claim.id, type: "victim_count", status: "draft", deprecated: false }]);
    const owner = await authorizeProject((await db().membership.findFirstOrThrow({ where: { projectId: access.projectId, role: "owner" } })).userId, access.projectId, "entity.merge");
    await mergeEntities(owner, copy.id, { into: ncri.id });
    const names = await listEntityNames(access);
    expect(names.map((e) => e.name)).toContain("National Council of Resistance of Iran");
    expect(names.map((e) => e.id)).not.toContain(copy.id);
  });
});
