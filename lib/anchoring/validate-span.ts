// Checks that a span can be annotated: whole UTF-16 offsets, inside the text, non-empty, and not cutting an
// astral character (emoji, 𝒳) in half, which would leave a lone surrogate in `exact`.
import { splitsSurrogatePair } from "./code-points";
import type { Result, SpanErrorReason } from "./types";

export type SpanCheck = Result<object, SpanErrorReason>;

const fail = (reason: SpanErrorReason, message: string): SpanCheck => ({ ok: false, reason, message });

export function validateSpan(text: string, start: number, end: number): SpanCheck {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    return fail("not_integer", "start and end must be whole numbers of UTF-16 code units.");
  }
  if (start < 0 || end < 0 || start > text.length || end > text.length) {
    return fail("out_of_range", `The span [${start}, ${end}) is outside the text, whose length is ${text.length} UTF-16 code units.`);
  }
  if (start > end) return fail("reversed", `The span starts (${start}) after it ends (${end}).`);
  if (start === end) return fail("empty", "The span is empty: start equals end.");
  const split = [start, end].find((i) => splitsSurrogatePair(text, i));
  if (split !== undefined) {
    return fail("splits_surrogate_pair", `Offset ${split} falls inside a character made of a surrogate pair; move it one unit left or right.`);
  }
  return { ok: true };
}
