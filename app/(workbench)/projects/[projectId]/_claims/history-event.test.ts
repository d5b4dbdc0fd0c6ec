import { describe, expect, it } from "vitest";
import { summariseEvent } from "./history-event";

describe("summariseEvent", () => {
  it("names the action and the version it made", () => {
    expect(summariseEvent("claim.created", { after: { version: 1, status: "draft" } })).toEqual({ action: "created the claim", version: "version 1", note: null, credibility: null });
    expect(summariseEvent("claim.submitted", { before: { version: 1 }, after: { version: 2 } }).version).toBe("version 1 → 2");
    expect(summariseEvent("claim.updated", { before: { version: 2 }, after: { version: 3 } }).action).toBe("edited the claim");
  });

  it("reads a review's decision, note and credibility", () => {
    const s = summariseEvent("claim.reviewed", {
      review: { decision: "request_changes", note: "Cite the page of the report.", credibility: 3 },
      before: { version: 2 },
      after: { version: 3 },
    });
    expect(s).toEqual({ action: "requested changes", version: "version 2 → 3", note: "Cite the page of the report.", credibility: 3 });
    expect(summariseEvent("claim.reviewed", { review: { decision: "approve" }, before: { version: 2 }, after: { version: 2 } }).version).toBe("version 2");
  });

  it("keeps a deprecation's reason and copes with unknown events", () => {
    expect(summariseEvent("claim.deprecated", { reason: "Duplicate of another claim", after: { version: 5 } }).note).toBe("Duplicate of another claim");
    expect(summariseEvent("claim.evidence_moved", null)).toEqual({ action: "evidence moved", version: null, note: null, credibility: null });
  });
});
