// The compare page's loader against the API's `compareClaims` on the real database: the same groups
// in the same order, the same whole-set figures (claim count, range, independence summary) after
// entity merges, and only the first `shown` claims and origins as rows.
import { describe, expect, it } from "vitest";
import { authorizeProject } from "@/lib/access/authorize-project";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { compareClaims } from "@/lib/claims/compare-claims";
import { createClaim } from "@/lib/claims/create-claim";
import { loadCompareGroups } from "@/lib/compare/load-compare-groups";
import { createDocument } from "@/lib/documents/create-document";
import { createEntity } from "@/lib/entities/create-entity";
import { mergeEntities } from "@/lib/entities/merge-entities";
import { createTeam } from "../support/fixtures";

const TEXT = "Amnesty counted 4,482; the NCRI says 30,000 were executed; Montazeri wrote of 3,800 prisoners.";

async function setting() {
  const team = await createTeam();
  const access = await authorizeProject(team.owner.id, team.projectId, "project.read");
  const docs = await Promise.all(["Report A", "Report B", "Report C"].map((title) => createDocument(access, { title, text: TEXT })));
  const spans = await Promise.all(docs.map((d) => createAnnotation(access, d.id, { quote: { exact: "30,000 were executed" } })));
  const event = await createEntity(access, { kind: "event", name: "1988 massacre" });
  const duplicate = await createEntity(access, { kind: "event", name: "Summer 1988 executions" });
  const other = await createEntity(access, { kind: "event", name: "1981 executions" });
  const sources = await Promise.all(["NCRI", "Amnesty", "Montazeri", "NCRI (Paris office)"].map((name) => createEntity(access, { kind: "organization", name, reliability: "C" })));
  const [ncri, amnesty, montazeri, paris] = sources as [typeof event, typeof event, typeof event, typeof event];
  const claim = (value: number | null, eventId: string, assertedBy: string, evidence: string[], max?: number) =>
    createClaim(access, {
      type: "victim_count",
      fields: { count: value === null ? { kind: "unknown" } : max ? { kind: "range", min: value, max } : { kind: "exact", value }, outcome: "executed", event: eventId },
      evidence,
      attribution: { assertedBy, stance: "asserts" },
    });
  await claim(30000, event.id, ncri.id, [spans[0]!.id]);
  await claim(4482, duplicate.id, amnesty.id, [spans[1]!.id, spans[0]!.id]);
  await claim(3800, event.id, montazeri.id, [spans[2]!.id], 4000);
  await claim(28000, event.id, paris.id, [spans[0]!.id]);
  await claim(null, event.id, amnesty.id, []);
  await claim(500, other.id, ncri.id, [spans[2]!.id]);
  await mergeEntities(access, duplicate.id, { into: event.id });
  await mergeEntities(access, paris.id, { into: ncri.id });
  return { access, event, duplicate, other, amnesty };
}

/** The API's groups as the page would cut them. */
async function expected(s: Awaited<ReturnType<typeof setting>>, query: Parameters<typeof compareClaims>[1], shown: number) {
  const groups = await compareClaims(s.access, query);
  return groups.map((g) => ({
    subject: g.subject,
    total: g.claims.length,
    claims: g.claims.slice(0, shown),
    summary: { ...g.summary, origins: g.summary.origins.slice(0, shown) },
  }));
}

describe("loadCompareGroups", () => {
  it("gives every group as compareClaims does, after merges, when all rows fit", async () => {
    const s = await setting();
    const query = { type: "victim_count" };
    const groups = await loadCompareGroups(s.access, query, 200);
    expect(groups).toEqual(await expected(s, query, 200));
    expect(groups.map((g) => g.subject?.id)).toEqual([s.other.id, s.event.id]);
    const massacre = groups[1]!;
    expect(massacre.total).toBe(5);
    expect(massacre.summary).toMatchObject({ independentOrigins: 3, documents: 3, lowest: 3800, highest: 30000 });
  });

  it("keeps the whole-set figures and cuts the rows and origins to `shown`", async () => {
    const s = await setting();
    const query = { type: "victim_count", entityId: s.event.id };
    const groups = await loadCompareGroups(s.access, query, 1);
    expect(groups).toEqual(await expected(s, query, 1));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims).toHaveLength(1);
    expect(groups[0]!.summary.origins).toHaveLength(1);
    expect(groups[0]!.summary.independentOrigins).toBe(3);
    expect(groups[0]!.total).toBe(5);
  });

  it("filters by status and finds nothing for a type without claims", async () => {
    const s = await setting();
    expect(await loadCompareGroups(s.access, { type: "victim_count", status: "approved" }, 200)).toEqual([]);
    expect(await loadCompareGroups(s.access, { type: "role" }, 200)).toEqual([]);
  });

  it("answers from the project's current state after every kind of change that moves the figures", async () => {
    const s = await setting();
    const query = { type: "victim_count" };
    const before = await loadCompareGroups(s.access, query, 200);
    expect(await loadCompareGroups(s.access, query, 200)).toEqual(before);
    // A new claim: the group's count, range and origins move.
    await createClaim(s.access, {
      type: "victim_count",
      fields: { count: { kind: "exact", value: 33000 }, outcome: "executed", event: s.event.id },
      evidence: [],
      attribution: { assertedBy: s.amnesty.id, stance: "asserts" },
    });
    const afterClaim = await loadCompareGroups(s.access, query, 200);
    expect(afterClaim).toEqual(await expected(s, query, 200));
    expect(afterClaim[1]!.total).toBe(6);
    expect(afterClaim[1]!.summary.highest).toBe(33000);
    // A merge of subjects: two groups become one.
    await mergeEntities(s.access, s.other.id, { into: s.event.id });
    const afterMerge = await loadCompareGroups(s.access, query, 200);
    expect(afterMerge).toEqual(await expected(s, query, 200));
    expect(afterMerge).toHaveLength(1);
    expect(afterMerge[0]!.total).toBe(7);
  });
});
