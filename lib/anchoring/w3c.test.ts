import { describe, expect, it } from "vitest";
import { describeSpan } from "./describe-span";
import { parseW3cSelectors, toW3cSelectors } from "./w3c";

describe("toW3cSelectors", () => {
  it("writes a quote and a position selector, leaving out empty context", () => {
    const text = "Raisi sat on the Death Commission.";
    const [quote, position] = toW3cSelectors(describeSpan(text, 0, 5));
    expect(quote).toEqual({ type: "TextQuoteSelector", exact: "Raisi", suffix: " sat on the Death Commission." });
    expect(position).toEqual({ type: "TextPositionSelector", start: 0, end: 5 });
  });

  it("round-trips through parseW3cSelectors", () => {
    const text = "گزارش 𝒳 «عدالت» and more";
    const d = describeSpan(text, 8, 15);
    const parsed = parseW3cSelectors(toW3cSelectors(d));
    expect(parsed).toEqual({ parsed: { quote: { exact: d.exact, prefix: d.prefix, suffix: d.suffix }, position: { start: 8, end: 15 } } });
  });
});

describe("parseW3cSelectors", () => {
  it("accepts a single selector and skips types it does not know", () => {
    expect(parseW3cSelectors({ type: "TextQuoteSelector", exact: "x" })).toEqual({ parsed: { quote: { exact: "x" } } });
    const list = [{ type: "XPathSelector", value: "/p[1]" }, { type: "TextPositionSelector", start: 1, end: 4 }];
    expect(parseW3cSelectors(list)).toEqual({ parsed: { position: { start: 1, end: 4 } } });
  });

  it.each([
    [undefined, "Missing selector"],
    [[], "Missing selector: the list is empty"],
    [[{ type: "XPathSelector", value: "/p" }], "Missing selector: no TextQuoteSelector or TextPositionSelector"],
    [["TextQuoteSelector"], "Selector 0 is not an object"],
    [[{ exact: "x" }], "Selector 0 is missing type"],
    [{ type: "TextQuoteSelector" }, "TextQuoteSelector is missing exact (a string)"],
    [{ type: "TextQuoteSelector", exact: "" }, "TextQuoteSelector has an empty exact"],
    [{ type: "TextQuoteSelector", exact: "x", prefix: 3 }, "TextQuoteSelector prefix must be a string"],
    [{ type: "TextPositionSelector", end: 3 }, "TextPositionSelector is missing start (a non-negative integer)"],
    [{ type: "TextPositionSelector", start: 0, end: 1.5 }, "TextPositionSelector is missing end (a non-negative integer)"],
    [{ type: "TextPositionSelector", start: 4, end: 2 }, "TextPositionSelector end is before start"],
    [[{ type: "TextQuoteSelector", exact: "a" }, { type: "TextQuoteSelector", exact: "b" }], "More than one TextQuoteSelector"],
    [{ type: "TextQuoteSelector", exact: "a", refinedBy: { type: "TextPositionSelector", start: 0, end: 1 } }, "Selector 0 uses refinedBy, which is not supported"],
  ])("refuses %j: %s", (input, error) => {
    expect(parseW3cSelectors(input)).toEqual({ error });
  });
});
