import { describe, expect, it } from "vitest";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { orphanViews } from "./orphan-views";

const NEWEST = "Survivors told a tribunal that members of that commission hold office today.";

function orphan(over: Partial<AnnotationView> & { orphan: unknown }): AnnotationView {
  return {
    id: "ann_1",
    projectId: "prj_1",
    documentId: "doc_v1",
    start: 40,
    end: 63,
    exact: "still hold office today",
    prefix: "Several members of the commission ",
    suffix: ".",
    codePointStart: 40,
    codePointEnd: 63,
    status: "orphaned",
    note: null,
    createdBy: "usr_1",
    createdAt: "1988-07-19T00:00:00.000Z",
    updatedAt: "1988-07-19T00:00:00.000Z",
    ...over,
  } as AnnotationView;
}

const context = { newest: { id: "doc_v2", text: NEWEST }, versionOf: new Map([["doc_v1", 1], ["doc_v2", 2]]), names: new Map([["usr_1", "Olive Owner"]]) };

describe("orphanViews", () => {
  it("offers candidates on the newest version with their context, best first, and selects the first", () => {
    const start = NEWEST.indexOf("hold office today");
    const [view] = orphanViews(
      [orphan({ orphan: { fromDocumentId: "doc_v1", toDocumentId: "doc_v2", reason: "changed", candidates: [{ start, end: start + 17, score: 0.58 }, { start: 0, end: 999, score: 0.4 }] } })],
      context,
    );
    expect(view).toMatchObject({ createdBy: "Olive Owner", fromVersion: 1, reason: "Its words were edited in the new text.", candidatesStale: false, hint: { start, end: start + 17 } });
    expect(view?.candidates).toEqual([
      { start, end: start + 17, score: 0.58, exact: "hold office today", before: NEWEST.slice(0, start), after: ".", cut: { before: false, after: false } },
    ]);
    expect(view?.cut).toEqual({ before: true, after: false });
  });

  it("drops candidates computed for an older version and says so", () => {
    const [view] = orphanViews([orphan({ orphan: { fromDocumentId: "doc_v0", toDocumentId: "doc_v1", reason: "ambiguous", candidates: [{ start: 0, end: 5, score: 0.7 }] } })], context);
    expect(view).toMatchObject({ candidates: [], candidatesStale: true, fromVersion: null, hint: { start: 40, end: 40 } });
  });

  it("survives an orphan record of an unexpected shape", () => {
    const [view] = orphanViews([orphan({ orphan: { something: "else" }, createdBy: "usr_gone" })], context);
    expect(view).toMatchObject({ candidates: [], candidatesStale: false, createdBy: "an unknown person", reason: "It could not be placed on the new text.", fromVersion: 1 });
  });
});
