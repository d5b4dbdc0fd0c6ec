// Finds strings in one long text many times over: an import places thousands of quotes (with their
// context) on the same source, and searching a megabyte of text for each costs seconds. The text's
// windows of WINDOW code units are hashed once (a rolling hash, chained by bucket in typed arrays,
// about 12 bytes per character); a search for a string at least that long then only compares
// the places whose first window hashes alike. Shorter strings are searched for directly.
const WINDOW = 32;
const BASE = 0x01000193;

export interface QuoteIndex {
  readonly text: string;
  /** Every start of `needle` in the text, overlapping ones included, in ascending order. */
  find(needle: string): number[];
}

function scan(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function windowHash(s: string, from: number): number {
  let h = 0;
  for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, BASE) + s.charCodeAt(from + k)) | 0;
  return h;
}

/** `hashed: false`: no index, every search scans the text (for a text searched once or twice). */
export function createQuoteIndex(text: string, options: { hashed?: boolean } = {}): QuoteIndex {
  const count = text.length - WINDOW + 1;
  if (count <= 0 || options.hashed === false) return { text, find: (needle) => scan(text, needle) };
  let bits = 10;
  while (1 << bits < count && bits < 24) bits++;
  const mask = (1 << bits) - 1;
  const bucket = (h: number) => (h ^ (h >>> bits) ^ (h >>> 17)) & mask;
  const hashes = new Int32Array(count);
  // BASE^(WINDOW-1), to take the leaving code unit out of the rolling hash.
  let top = 1;
  for (let k = 0; k < WINDOW - 1; k++) top = Math.imul(top, BASE);
  let h = windowHash(text, 0);
  hashes[0] = h;
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), top), BASE) + text.charCodeAt(i + WINDOW - 1)) | 0;
    hashes[i] = h;
  }
  // Chains built from the end, so each lists its places in ascending order.
  const head = new Int32Array(mask + 1).fill(-1);
  const next = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const b = bucket(hashes[i]!);
    next[i] = head[b]!;
    head[b] = i;
  }
  return {
    text,
    find(needle) {
      if (needle.length < WINDOW) return scan(text, needle);
      const wanted = windowHash(needle, 0);
      const found: number[] = [];
      for (let at = head[bucket(wanted)]!; at !== -1; at = next[at]!) {
        if (hashes[at] === wanted && text.startsWith(needle, at)) found.push(at);
      }
      return found;
    },
  };
}
