import { describe, expect, it } from "vitest";
import { blockAt, splitBlocks } from "./blocks";

const covers = (text: string, blocks: ReturnType<typeof splitBlocks>) => {
  for (const b of blocks) expect(b.end).toBeGreaterThan(b.start);
  for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThanOrEqual(blocks[i - 1]!.end);
  expect(blocks.map((b) => text.slice(b.start, b.end)).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
};

describe("splitBlocks", () => {
  it("keeps short paragraphs whole, with their line breaks", () => {
    const text = "Summer 1988.\nA second line.\n\nاعدام زندانیان سیاسی\n\n\nThe end.";
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(["Summer 1988.\nA second line.", "اعدام زندانیان سیاسی", "The end."]);
    expect(blocks.map((b) => [b.cont, b.breaks])).toEqual([[false, 1], [false, 0], [false, 0]]);
    covers(text, blocks);
  });

  it("cuts a long paragraph at sentence ends into continuation blocks", () => {
    const sentence = "The commission asked each prisoner a few questions about their affiliation. ";
    const text = `Intro.\n\n${sentence.repeat(60).trimEnd()}`;
    const blocks = splitBlocks(text, 400);
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks.slice(1, -1)) {
      expect(b.end - b.start).toBeLessThanOrEqual(400);
      expect(text.slice(b.start, b.end)).toMatch(/\. $/);
    }
    expect(blocks.slice(2).every((b) => b.cont)).toBe(true);
    covers(text, blocks);
  });

  it("never cuts inside a surrogate pair, even without spaces", () => {
    const text = "𝒳".repeat(500);
    const blocks = splitBlocks(text, 101);
    for (const b of blocks) {
      expect(text.charCodeAt(b.start)).toBe(0xd835);
      expect(b.end - b.start).toBeLessThanOrEqual(101);
    }
    expect(blocks.map((b) => text.slice(b.start, b.end)).join("")).toBe(text);
  });
});

describe("blockAt", () => {
  it("finds the block holding an offset, or the next one from a gap", () => {
    const text = "aaa\n\nbbb\n\nccc";
    const blocks = splitBlocks(text);
    expect([0, 2, 3, 4, 5, 9, 12, 13].map((o) => blockAt(blocks, o))).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
  });
});
