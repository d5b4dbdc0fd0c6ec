// The agreement report on the real database: span agreement of two annotators, field values that
// differ on the same words, claims on an earlier version of the source still counted after a new
// version re-anchors their spans, and claims on another source left out.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { createDocument } from "@/lib/documents/create-document";
import { createVersion } from "@/lib/documents/create-version";
import { createEntity } from "@/lib/entities/create-entity";
import { createTeam } from "../support/fixtures";

const TEXT = "In 1988, 30,000 prisoners were executed. Others say 4,000 to 5,000 were killed in Evin.";

describe("documentAgreement", () => {
  it("pairs spans, lists differing field values, follows versions and keeps other sources out", async () => {
    const team = await createTeam();
    const owner = await authorizeProject(team.owner.id, team.projectId, "project.read");
    const annotator = await authorizeProject(team.annotator.id, team.projectId, "project.read");
    const source = await createDocument(owner, { title: "Two counts", text: TEXT });
    const other = await createDocument(owner, { title: "Elsewhere", text: TEXT });
    const org = await createEntity(owner, { kind: "organization", name: "Org" });
    const span = (access: typeof owner, documentId: string, exact: string) => createAnnotation(access, documentId, { quote: { exact } });
    const count = (access: typeof owner, value: number, evidence: string[]) =>
      createClaim(access, { type: "victim_count", fields: { count: { kind: "exact", value }, outcome: "killed" }, evidence, attribution: { assertedBy: org.id, stance: "asserts" } });

    await span(owner, source.id, "30,000 prisoners were executed");
    const ownerRange = await span(owner, source.id, "4,000 to 5,000");
    await span(annotator, source.id, "30,000 prisoners were executed");
    const annotatorRange = await span(annotator, source.id, "4,000 to 5,000 were killed");
    await span(annotator, source.id, "Evin");
    await count(owner, 4000, [ownerRange.id]);
    await count(owner, 1, [(await span(owner, other.id, "4,000 to 5,000")).id]);
    await createVersion(owner, source.id, { text: `Summary. ${TEXT}` });
    await count(annotator, 5000, [annotatorRange.id]);

    const report = await documentAgreement(owner, source.id);
    expect(report.annotators).toHaveLength(2);
    expect(report.annotators).toEqual(expect.arrayContaining([expect.objectContaining({ userId: team.owner.id, spans: 2 }), expect.objectContaining({ userId: team.annotator.id, spans: 3 })]));
    const [pair] = report.pairs;
    const ownerFirst = pair!.a === team.owner.id;
    expect(pair!.exactF1).toBeCloseTo(2 / 5);
    expect(pair!.overlapF1).toBeCloseTo(4 / 5);
    expect((ownerFirst ? pair!.onlyB : pair!.onlyA).map((s) => s.exact)).toEqual(["Evin"]);
    expect(ownerFirst ? pair!.onlyA : pair!.onlyB).toEqual([]);

    const counted = report.fields.find((f) => f.field === "victim_count.count")!;
    expect(counted.units).toBe(1);
    expect(counted.disagreements).toHaveLength(1);
    expect(counted.disagreements[0]!.values).toEqual({ [team.owner.id]: { kind: "exact", value: 4000 }, [team.annotator.id]: { kind: "exact", value: 5000 } });
    const unit = report.units.find((u) => u.unit === counted.disagreements[0]!.unit)!;
    expect(unit.quote).toBe("4,000 to 5,000 were killed");
    expect(report.fields.find((f) => f.field === "victim_count.outcome")!.disagreements).toEqual([]);
  });
});
