import { describe, expect, it } from "vitest";
import { pageNote } from "./page-note";

describe("the note on a page of the PDF view", () => {
  it("names OCR with the recogniser's confidence, a page without text, and nothing for a text layer", () => {
    expect(pageNote({ number: 2, textLayer: "ocr", ocrConfidence: 91.6 })).toBe("OCR · 92% confidence");
    expect(pageNote({ number: 2, textLayer: "ocr" })).toBe("OCR");
    expect(pageNote({ number: 3, textLayer: "none" })).toBe("No text layer");
    expect(pageNote({ number: 1, textLayer: "text" })).toBeNull();
    expect(pageNote(undefined)).toBeNull();
  });
});
