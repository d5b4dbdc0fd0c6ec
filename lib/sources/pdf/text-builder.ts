// Builds the derived text while remembering which pdf.js item produced which characters. Whitespace
// is collapsed as it is appended; lines of a paragraph are joined by a space, or by nothing when a
// word was split by a line-end hyphen (the hyphen is dropped); paragraphs are separated by a blank line.

const HYPHENS = new Set(["-", "\u2010", "\u2011"]);
const LETTER = /\p{L}/u;
const LOWER = /^\p{Ll}/u;

export type Separator = "none" | "space" | "line" | "paragraph";

export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private last = "";
  private beforeLast = "";
  /** Separator asked for before the next text. */
  private pending: Separator = "none";
  /** Item ranges by page, index-aligned with the page's items. */
  readonly ranges: (null | [number, number])[][] = [];
  /** Where the last appended item's range is kept, so a dropped hyphen can shorten it. */
  private lastItem: { items: (null | [number, number])[]; index: number } | null = null;

  get offset(): number {
    return this.length;
  }

  /** The last character written so far ("" at the start). */
  get lastChar(): string {
    return this.last;
  }

  startPage(itemCount: number): (null | [number, number])[] {
    const items: (null | [number, number])[] = new Array(itemCount).fill(null);
    this.ranges.push(items);
    return items;
  }

  separate(separator: Separator): void {
    const rank = { none: 0, space: 1, line: 2, paragraph: 3 } as const;
    if (rank[separator] > rank[this.pending]) this.pending = separator;
  }

  /** Appends the text of item `index` of `items` (a page's ranges) and records its range there. */
  append(text: string, items: (null | [number, number])[], index: number): void {
    const value = text.replace(/ {2,}/g, " ");
    if (value.startsWith(" ")) this.separate("space");
    const trimmed = value.trim();
    if (trimmed === "") return;
    this.flushSeparator(trimmed);
    this.push(trimmed);
    items[index] = [this.length - trimmed.length, this.length];
    this.lastItem = { items, index };
    if (value.endsWith(" ")) this.separate("space");
  }

  private flushSeparator(next: string): void {
    const pending = this.pending;
    this.pending = "none";
    if (this.length === 0 || pending === "none") return;
    if (pending === "paragraph") return this.push("\n\n");
    if (pending === "line" && this.endsWithSplitWord(next)) {
      this.dropLastChar();
      return;
    }
    this.push(" ");
  }

  private endsWithSplitWord(next: string): boolean {
    return HYPHENS.has(this.last) && LETTER.test(this.beforeLast) && LOWER.test(next);
  }

  private dropLastChar(): void {
    const tail = this.parts[this.parts.length - 1]!;
    this.parts[this.parts.length - 1] = tail.slice(0, -1);
    this.length -= 1;
    const range = this.lastItem ? this.lastItem.items[this.lastItem.index] : null;
    if (range && range[1] > this.length) {
      range[1] = this.length;
      if (range[1] <= range[0]) this.lastItem!.items[this.lastItem!.index] = null;
    }
    this.last = this.beforeLast;
    this.beforeLast = "";
  }

  private push(value: string): void {
    if (value.length === 0) return;
    this.parts.push(value);
    this.length += value.length;
    const chars = (this.beforeLast + this.last + value).slice(-2);
    this.beforeLast = chars.length === 2 ? chars[0]! : "";
    this.last = chars[chars.length - 1]!;
  }

  text(): string {
    return this.parts.join("");
  }
}
