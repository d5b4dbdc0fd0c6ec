import { describe, expect, it } from "vitest";
import { readSearchForm, searchRequest } from "./search-form";

describe("the search form read back from the URL", () => {
  it("treats empty fields as any, joins kinds and accepts counts written with separators", () => {
    const values = readSearchForm({ q: " گوهردشت ", kinds: ["document", "claim", "planets"], type: "", status: "", countMin: "1,000", countMax: "" });
    expect(values).toMatchObject({ q: "گوهردشت", kinds: ["document", "claim"], type: "", countMin: "1000" });
    const request = searchRequest(values);
    expect(request.state).toBe("ready");
    if (request.state === "ready") expect(request.query).toMatchObject({ q: "گوهردشت", kinds: ["document", "claim"], countMin: 1000, limit: 50 });
  });

  it("asks for words or a count range before searching, and names what is wrong", () => {
    expect(searchRequest(readSearchForm({ type: "victim_count" })).state).toBe("empty");
    const wrong = searchRequest(readSearchForm({ countMin: "9", countMax: "3" }));
    expect(wrong).toEqual({ state: "invalid", problems: ["Count to: must not be below countMin"] });
  });
});
