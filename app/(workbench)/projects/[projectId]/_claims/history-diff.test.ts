import { describe, expect, it } from "vitest";
import { diffClaimStates, flattenClaimState, stableJson } from "./history-diff";

// The two shapes claim events record: the API view (before an edit) and the stored snapshot.
const view = {
  id: "clm_1",
  type: "victim_count",
  fields: { count: { kind: "at_least", value: 30000 }, outcome: "executed", event: "ent_event" },
  status: "draft",
  version: 1,
  evidence: ["ann_1"],
  evidenceDocuments: ["doc_1"],
  attribution: { assertedBy: "ent_ncri", reportedBy: "ent_mek", via: [], stance: "asserts", modality: "estimated" },
  subjectEntityId: "ent_event",
  credibility: null,
  count: { min: 30000, max: null },
  deprecated: null,
};
const snapshot = {
  type: "victim_count",
  fields: { count: { value: 33000, kind: "at_least" }, outcome: "executed", event: "ent_event", place: "ent_evin" },
  evidence: [{ annotationId: "ann_1", documentId: "doc_1", position: 0 }, { annotationId: "ann_2", documentId: "doc_2", position: 1 }],
  assertedById: "ent_ncri",
  reportedById: "ent_mek",
  via: ["ent_ai"],
  stance: "asserts",
  modality: "estimated",
  subjectEntityId: "ent_event",
  countMin: 33000,
  countMax: null,
  version: 2,
};

describe("flattenClaimState", () => {
  it("brings both recorded shapes to the same keys", () => {
    const a = flattenClaimState(view);
    const b = flattenClaimState(snapshot);
    expect(Object.keys(b).sort()).toEqual(["assertedBy", "evidence", "fields.count", "fields.event", "fields.outcome", "fields.place", "modality", "reportedBy", "stance", "via"]);
    expect(a.evidence).toEqual(["ann_1"]);
    expect(b.evidence).toEqual(["ann_1", "ann_2"]);
    expect(a.assertedBy).toBe(b.assertedBy);
  });

  it("treats anything else as an empty state", () => {
    expect(flattenClaimState(null)).toEqual({});
    expect(flattenClaimState([1])).toEqual({});
  });
});

describe("diffClaimStates", () => {
  it("lists the changed fields of an edit, fields first, and nothing that stayed", () => {
    expect(diffClaimStates(view, snapshot)).toEqual([
      { key: "fields.count", before: { kind: "at_least", value: 30000 }, after: { value: 33000, kind: "at_least" } },
      { key: "fields.place", before: undefined, after: "ent_evin" },
      { key: "evidence", before: ["ann_1"], after: ["ann_1", "ann_2"] },
      { key: "via", before: [], after: ["ent_ai"] },
    ]);
  });

  it("shows a removed field as cleared", () => {
    expect(diffClaimStates(snapshot, view).find((c) => c.key === "fields.place")).toEqual({ key: "fields.place", before: "ent_evin", after: undefined });
  });

  it("shows everything set by a creation", () => {
    const created = diffClaimStates(undefined, { ...snapshot, status: "draft", version: 1 });
    expect(created.map((c) => c.key)).toEqual(["fields.count", "fields.outcome", "fields.event", "fields.place", "evidence", "assertedBy", "via", "reportedBy", "stance", "modality", "status"]);
    expect(created.every((c) => c.before === undefined)).toBe(true);
  });

  it("reads status events and leaves out what the event did not record", () => {
    expect(diffClaimStates({ status: "draft", version: 1 }, { status: "submitted", version: 2 })).toEqual([{ key: "status", before: "draft", after: "submitted" }]);
    expect(diffClaimStates({ status: "approved", version: 3 }, { deprecated: true, version: 4 })).toEqual([{ key: "deprecated", before: undefined, after: true }]);
  });
});

describe("stableJson", () => {
  it("ignores key order", () => {
    expect(stableJson({ a: 1, b: [{ y: 1, x: 2 }] })).toBe(stableJson({ b: [{ x: 2, y: 1 }], a: 1 }));
  });
});
