// Converts offsets between UTF-16 code units (the API's unit) and Unicode code points (how Python and R index
// strings). One pass over the text records where the surrogate pairs are; each conversion is then a binary search,
// so converting many offsets on a large text costs O(log pairs) each instead of a walk from the start.

export interface CodePointIndex {
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** Code point offset of a UTF-16 offset; an offset inside a surrogate pair rounds down to the pair's start. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number;
  /** True when `utf16` falls between the two halves of a surrogate pair. */
  splitsPair(utf16: number): boolean;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `i` of `text` falls between a high and a low surrogate. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
}

/** Smallest k in [0, n) with pred(k) true, or n. */
function firstTrue(n: number, pred: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function createCodePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets of the high surrogate of every well-formed pair, ascending. A lone surrogate is one code point
  // in both units, as in Python, so it needs no entry.
  const found: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) found.push(i++);
  }
  const pairs = Int32Array.from(found);
  const n = pairs.length;
  const length = text.length;
  const at = (k: number) => pairs[k] ?? 0;
  const check = (value: number, max: number, what: string) => {
    if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`${what} ${value} is outside 0..${max}`);
  };
  return {
    length,
    codePointLength: length - n,
    toCodePoint(utf16) {
      check(utf16, length, "UTF-16 offset");
      // Each pair starting before the offset counts two units but one code point; for an offset inside a pair the
      // same subtraction lands on the pair's own code point, which is the documented rounding.
      const k = firstTrue(n, (j) => at(j) >= utf16);
      return utf16 - k;
    },
    toUtf16(codePoint) {
      check(codePoint, length - n, "Code point offset");
      // Pair j sits at code point at(j) - j, an increasing sequence, so the pairs before the offset are a prefix.
      const k = firstTrue(n, (j) => at(j) - j >= codePoint);
      return codePoint + k;
    },
    splitsPair(utf16) {
      return splitsSurrogatePair(text, utf16);
    },
  };
}
