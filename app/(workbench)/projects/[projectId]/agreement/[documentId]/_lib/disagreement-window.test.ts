import { describe, expect, it } from "vitest";
import { disagreementWindow, openedFrom, PAGE, PREVIEW } from "./disagreement-window";

const items = Array.from({ length: 450 }, (_, i) => i);

describe("disagreement windows", () => {
  it("previews a group that is not opened", () => {
    const w = disagreementWindow(items, "pair:a-b", openedFrom({}));
    expect(w).toMatchObject({ total: 450, at: 0, opened: false, previous: null, next: null });
    expect(w.items).toEqual(items.slice(0, PREVIEW));
  });

  it("pages through the opened group", () => {
    const first = disagreementWindow(items, "pair:a-b", openedFrom({ show: "pair:a-b" }));
    expect(first.items).toEqual(items.slice(0, PAGE));
    expect([first.previous, first.next]).toEqual([null, PAGE]);
    const last = disagreementWindow(items, "pair:a-b", openedFrom({ show: "pair:a-b", at: "400" }));
    expect(last.items).toEqual(items.slice(400));
    expect([last.previous, last.next]).toEqual([200, null]);
  });

  it("settles a start that is off a page boundary, past the end or not a number", () => {
    expect(disagreementWindow(items, "g", openedFrom({ show: "g", at: "250" })).at).toBe(200);
    expect(disagreementWindow(items, "g", openedFrom({ show: "g", at: "99999" })).at).toBe(400);
    expect(disagreementWindow(items, "g", openedFrom({ show: "g", at: "-3" })).at).toBe(0);
    expect(disagreementWindow(items, "g", openedFrom({ show: "g", at: "x" })).at).toBe(0);
    expect(disagreementWindow([], "g", openedFrom({ show: "g", at: "400" })).items).toEqual([]);
  });
});
