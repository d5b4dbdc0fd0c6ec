// Diffs two texts word by word (dmp's line-mode trick applied to words): each distinct token becomes one
// character, the short strings are diffed, and the result is expanded back. Matching whole words keeps stray
// letters of rewritten text from "matching", and is several times faster than a character diff.
import { dmp } from "./edit-distance";

/** Word runs (ZWNJ/ZWJ included: they sit inside Persian words), whitespace runs, and single other characters. */
export const TOKEN = /[\p{L}\p{M}\p{N}\u200c\u200d]+|\s+|[^\s\p{L}\p{M}\p{N}\u200c\u200d]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

// Codes for tokens stay below the surrogate range so no encoded string is ever ill-formed.
const MAX_CODES = 0xd7ff;

export function wordDiff(a: string, b: string): [number, string][] {
  const codes = new Map<string, number>();
  const tokens: string[] = [""];
  const encode = (text: string) => {
    let out = "";
    for (const t of tokenize(text)) {
      let code = codes.get(t);
      if (code === undefined) {
        code = tokens.length;
        codes.set(t, code);
        tokens.push(t);
      }
      out += String.fromCharCode(code);
    }
    return out;
  };
  const ea = encode(a);
  const eb = encode(b);
  // Too many distinct words for the encoding: fall back to characters (rare; pieces are a few kB).
  if (tokens.length > MAX_CODES) return dmp.diff_main(a, b, false);
  return dmp.diff_main(ea, eb, false).map(([op, enc]): [number, string] => {
    let text = "";
    for (let i = 0; i < enc.length; i++) text += tokens[enc.charCodeAt(i)] ?? "";
    return [op, text];
  });
}
