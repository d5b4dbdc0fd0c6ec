import { describe, expect, it } from "vitest";
import { splitBlocks } from "./blocks";
import { firstRange, RENDER_WHOLE_UP_TO } from "./render-range";
import { textOpening } from "./text-opening";

/** A long text of paragraphs of mixed lengths, right-to-left and left-to-right, with characters outside the BMP. */
function longText(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join("\n\n").length < 120_000; i++) {
    const sentence = i % 3 === 0 ? "اعدام زندانیان سیاسی در تابستان ۱۳۶۷ می‌گویند. " : `Witness ${i} \u{1F4DC} described the hall. `;
    paragraphs.push(sentence.repeat(1 + ((i * 7) % 60)));
  }
  return paragraphs.join("\n\n");
}

describe("textOpening", () => {
  it("leaves a short text whole", () => {
    expect(textOpening("A short source.\n\nTwo paragraphs.")).toBeNull();
    expect(textOpening("x".repeat(RENDER_WHOLE_UP_TO))).toBeNull();
  });

  it("gives a long text's first blocks exactly as the whole text's, and the words they show", () => {
    const text = longText();
    const opening = textOpening(text)!;
    const all = splitBlocks(text);
    expect(opening.length).toBe(text.length);
    expect(opening.blocks).toEqual(all.slice(0, opening.blocks.length));
    // The browser, holding the whole text, renders the same first range the server rendered.
    expect(firstRange(opening.blocks, opening.length)).toEqual(firstRange(all, text.length));
    expect(text.startsWith(opening.head)).toBe(true);
    expect(opening.head.length).toBe(opening.blocks.at(-1)!.end);
    for (const b of opening.blocks) expect(opening.head.slice(b.start, b.end)).toBe(text.slice(b.start, b.end));
    // A few screens, not the text.
    expect(opening.head.length).toBeLessThan(20_000);
  });
});
