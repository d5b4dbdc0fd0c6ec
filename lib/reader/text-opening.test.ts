import { describe, expect, it } from "vitest";
import { splitBlocks } from "./blocks";
import { firstRange, RENDER_WHOLE_UP_TO } from "./render-range";
import { OPENING_READ_CHARS, textOpening } from "./text-opening";

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

describe("textOpening from the text's first characters", () => {
  /** A deterministic generator of awkward long texts: long and short paragraphs, runs of blank lines and spaces, sentences, RTL, surrogate pairs. */
  function awkwardText(seed: number): string {
    let s = seed;
    const next = (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
    const pieces = ["word ", "کلمه ", "\u{1F4DC} ", "end. ", "end! ", "»؟ ", "\n", "\n\n", "\n \t \n", " ".repeat(40), "\n" + " ".repeat(200) + "\n", "x".repeat(700), "\u00a0", "… "];
    let text = "";
    while (text.length < 60_000 + next(20_000)) text += pieces[next(pieces.length)]!.repeat(1 + next(next(40) === 0 ? 60 : 6));
    return text;
  }

  it("gives exactly the whole text's opening whenever it answers, and answers for ordinary texts", () => {
    let answered = 0;
    let fromRead = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const text = awkwardText(seed);
      const expected = textOpening(text)!;
      for (const chars of [OPENING_READ_CHARS, 9_000, 9_700, 10_500, 12_000, 16_000]) {
        const got = textOpening(text.slice(0, chars), text.length);
        if (got === undefined) continue;
        answered++;
        if (chars === OPENING_READ_CHARS) fromRead++;
        expect(got, `seed ${seed}, ${chars} characters`).toEqual(expected);
      }
    }
    expect(answered).toBeGreaterThan(110);
    expect(fromRead).toBeGreaterThan(50);
    expect(textOpening(longText().slice(0, OPENING_READ_CHARS), longText().length)).toEqual(textOpening(longText()));
  });

  it("asks for more when the first characters cannot settle the opening (a long run of blank lines)", () => {
    const text = `${"First paragraph. ".repeat(20)}${"\n".repeat(30_000)}${"Far away. ".repeat(3_000)}`;
    expect(textOpening(text.slice(0, OPENING_READ_CHARS), text.length)).toBeUndefined();
    expect(textOpening(text)).toBeTruthy();
  });

  it("leaves a short text whole whatever was read of it", () => {
    expect(textOpening("A short ", 40_000)).toBeNull();
  });
});
