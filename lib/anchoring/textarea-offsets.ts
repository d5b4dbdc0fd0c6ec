// A <textarea> holds a text with its line breaks normalised: its value has "\n" wherever the text has
// "\r\n" or a lone "\r", and its selectionStart/selectionEnd count UTF-16 units of that value. This maps
// those offsets to offsets of the stored text (and back), so a selection made in a textarea names
// exactly the span the API expects. Only a CRLF pair changes length (two units become one).

export interface TextareaOffsets {
  /** The textarea's value for this text. */
  readonly value: string;
  /** Offset in the stored text of an offset in the textarea's value. */
  toText(valueOffset: number): number;
  /** Offset in the textarea's value of an offset in the stored text (inside a CRLF: before its LF). */
  toValue(textOffset: number): number;
}

/** How many entries of the ascending array are below `limit`. */
function countBelow(sorted: Int32Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function textareaOffsets(text: string): TextareaOffsets {
  const inText: number[] = [];
  const inValue: number[] = [];
  for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) {
    inValue.push(i - inText.length);
    inText.push(i);
  }
  const crlfInText = Int32Array.from(inText);
  const crlfInValue = Int32Array.from(inValue);
  const value = inText.length || text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const clamp = (n: number, max: number) => Math.min(Math.max(0, Math.trunc(n)), max);
  return {
    value,
    // Every CRLF whose LF sits before the offset in the value lost its CR there.
    toText: (valueOffset) => {
      const n = clamp(valueOffset, value.length);
      return n + countBelow(crlfInValue, n);
    },
    toValue: (textOffset) => {
      const n = clamp(textOffset, text.length);
      return n - countBelow(crlfInText, n);
    },
  };
}
