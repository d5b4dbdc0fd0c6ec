// The words a search ranks by, read from the query as Postgres parsed it.
import { describe, expect, it } from "vitest";
import { parseQueryTree } from "./query-words";

describe("parseQueryTree", () => {
  it("takes the lexemes and whether all are required", () => {
    expect(parseQueryTree("'death' <-> 'commission'")).toEqual({ words: ["commission", "death"], allRequired: true });
    expect(parseQueryTree("'a' & 'or'")).toEqual({ words: ["a", "or"], allRequired: true });
    expect(parseQueryTree("'a' | 'c'")).toEqual({ words: ["a", "c"], allRequired: false });
    expect(parseQueryTree("'گوهردشت' & 'زندان'")).toEqual({ words: ["زندان", "گوهردشت"], allRequired: true });
  });

  it("reads quotes, backslashes and bars inside a lexeme as part of it", () => {
    expect(parseQueryTree("'it''s' & 'a\\\\b' & 'x|y'")).toEqual({ words: ["a\\b", "it's", "x|y"], allRequired: true });
  });

  it("has no words when only excluded ones were given", () => {
    expect(parseQueryTree("T")).toEqual({ words: [], allRequired: true });
  });
});
