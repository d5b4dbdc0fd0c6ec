import { describe, expect, it } from "vitest";
import { independenceText } from "./independence-text";

describe("independenceText", () => {
  it("states origins, documents and repetition", () => {
    expect(independenceText({ independentOrigins: 3, documents: 5, repeatingDocuments: 2 })).toBe(
      "3 independent originating asserters behind 5 documents; 2 documents merely repeat an origin",
    );
  });

  it("speaks of one in the singular", () => {
    expect(independenceText({ independentOrigins: 1, documents: 1, repeatingDocuments: 0 })).toBe(
      "1 independent originating asserter behind 1 document; 0 documents merely repeat an origin",
    );
    expect(independenceText({ independentOrigins: 1, documents: 2, repeatingDocuments: 1 })).toBe(
      "1 independent originating asserter behind 2 documents; 1 document merely repeats an origin",
    );
  });
});
