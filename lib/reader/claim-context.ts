// What the claim form is pre-filled from: the selected words, the paragraph around them, and the
// known entities named in both (nearest to the words first).
import type { Mention } from "@/lib/claims/from-words/find-mentions";
import type { PrefillInput } from "@/lib/claims/from-words/prefill-claim";

const REACH = 1500;

export function claimContext(text: string, span: { start: number; end: number }, find: (text: string) => Mention[]): PrefillInput {
  const words = text.slice(span.start, span.end);
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const lineEnd = text.indexOf("\n", span.end);
  const from = Math.max(lineStart, span.start - REACH);
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, span.end + REACH);
  const context = text.slice(from, to);
  const distance = (m: Mention) => (m.end + from <= span.start ? span.start - (m.end + from) : Math.max(0, m.start + from - span.end));
  const contextMentions = find(context).sort((a, b) => distance(a) - distance(b));
  return { words, mentions: find(words), contextMentions, context };
}
