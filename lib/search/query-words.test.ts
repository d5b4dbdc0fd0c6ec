// The words a search ranks by, read from the query as Postgres parsed it.
import { describe, expect, it } from "vitest";
import { parseQueryTree } from "./query-words";

describe("parseQueryTree", () => {
  it("takes the lexemes and whether all are required", () => {
    expect(parseQueryTree("'death' <-> 'commission'")).toEqual({ words: ["commission", "death"], allRequired: true, pairs: [["death", "commission"]] });
    expect(parseQueryTree("'a' & 'or'")).toEqual({ words: ["a", "or"], allRequired: true, pairs: [] });
    expect(parseQueryTree("'a' | 'c'")).toEqual({ words: ["a", "c"], allRequired: false, pairs: [] });
    expect(parseQueryTree("'گوهردشت' & 'زندان'")).toEqual({ words: ["زندان", "گوهردشت"], allRequired: true, pairs: [] });
  });

  it("reads quotes, backslashes and bars inside a lexeme as part of it", () => {
    expect(parseQueryTree("'it''s' & 'a\\\\b' & 'x|y'")).toEqual({ words: ["a\\b", "it's", "x|y"], allRequired: true, pairs: [] });
    expect(parseQueryTree("'it''s' <-> 'x|y'").pairs).toEqual([["it's", "x|y"]]);
  });

  it("has no words when only excluded ones were given", () => {
    expect(parseQueryTree("T")).toEqual({ words: [], allRequired: true, pairs: [] });
  });

  it("names every pair of adjacent words a query of phrases and ANDs requires, each once", () => {
    expect(parseQueryTree("'summer' <-> 'of' <-> '1988'").pairs).toEqual([["summer", "of"], ["of", "1988"]]);
    expect(parseQueryTree("'the' <-> 'prison' <-> 'the' <-> 'prison' & 'evin'")).toEqual({
      words: ["evin", "prison", "the"],
      allRequired: true,
      pairs: [["the", "prison"], ["prison", "the"]],
    });
    expect(parseQueryTree("'mass-graves' <-> 'mass' <-> 'graves'").pairs).toEqual([["mass-graves", "mass"], ["mass", "graves"]]);
  });

  it("names no pairs where a pair might not be required: OR, a gap, or a group", () => {
    expect(parseQueryTree("'death' <-> 'commission' | 'raisi'").pairs).toEqual([]);
    expect(parseQueryTree("'death' <2> 'commission'").pairs).toEqual([]);
    expect(parseQueryTree("( 'a' | 'b' ) <-> 'c'").pairs).toEqual([]);
    expect(parseQueryTree("!'a' <-> 'b'").pairs).toEqual([]);
  });
});
