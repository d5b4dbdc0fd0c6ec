import { describe, expect, it } from "vitest";
import { mentionFinder } from "./find-mentions";
import { suggestSpans } from "./suggest-spans";

const find = mentionFinder([
  { id: "ent_massacre", kind: "event", name: "1988 massacre", aliases: [] },
  { id: "ent_iran", kind: "place", name: "Iran", aliases: [] },
]);

describe("suggestSpans", () => {
  const text = "The 1988 massacre in Iran.\nMore than 30,000 political prisoners were executed.\nThe museum has 12 rooms.\nIn Iran, 251 executions in 2019.";

  it("proposes counts beside casualty words, extended to the word, and entity names", () => {
    const s = suggestSpans(text, { mentions: find(text) });
    expect(s.map((x) => [x.kind, text.slice(x.start, x.end)])).toEqual([
      ["entity", "1988 massacre"],
      ["entity", "Iran"],
      ["count", "More than 30,000 political prisoners were executed"],
      ["entity", "Iran"],
      ["count", "251 executions"],
    ]);
    expect(s.find((x) => x.kind === "count")).toMatchObject({ count: { kind: "at_least", value: 30000 } });
  });

  it("leaves out what was annotated or rejected, and caps mentions per entity", () => {
    const first = text.indexOf("More than");
    const s = suggestSpans(text, { mentions: find(text), perEntity: 1, skip: (start) => start === first });
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["1988 massacre", "Iran", "251 executions"]);
  });
});
