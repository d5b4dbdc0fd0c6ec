// What an annotator does, as data: a span of whole words on one line of the text they have open,
// and the claim they make about it (a victim count, or a statement quoting the span), with
// attribution. The HTTP load and the SQL floor draw from the same functions.
import { Prng } from "../anchoring/prng";

export interface Span {
  start: number;
  end: number;
}

export interface ClaimBody {
  type: "victim_count" | "statement";
  fields: Record<string, unknown>;
  evidence: string[];
  attribution: { assertedBy: string; stance: "asserts" | "quotes"; modality: "alleged" | "estimated" };
}

export interface Cast {
  people: string[];
  speakers: string[];
  events: string[];
}

function words(text: string): Span[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Word boundaries of each text, computed once per text. */
export class WordIndex {
  private readonly byText = new Map<string, Span[]>();

  of(text: string): Span[] {
    let w = this.byText.get(text);
    if (!w) this.byText.set(text, (w = words(text)));
    return w;
  }
}

/** One to six whole words, never across a line break, so the span reads as something a person would mark. */
export function pickSpan(rng: Prng, text: string, index: WordIndex): Span {
  const all = index.of(text);
  if (all.length === 0) throw new Error("a document without words");
  const first = rng.int(0, all.length - 1);
  const start = all[first]!.start;
  let end = all[first]!.end;
  for (let k = 1, n = rng.int(0, 5); k <= n && first + k < all.length; k++) {
    const next = all[first + k]!;
    if (text.slice(end, next.start).includes("\n")) break;
    end = next.end;
  }
  return { start, end };
}

export function claimAbout(rng: Prng, cast: Cast, annotationId: string, exact: string): ClaimBody {
  if (rng.next() < 0.6) {
    return {
      type: "victim_count",
      fields: { count: { kind: "approx", value: rng.int(1, 30_000) }, outcome: "executed", event: rng.pick(cast.events), period: { from: "1988-07", to: "1988-12" } },
      evidence: [annotationId],
      attribution: { assertedBy: rng.pick(cast.speakers), stance: "asserts", modality: "estimated" },
    };
  }
  const speaker = rng.pick(cast.people);
  return {
    type: "statement",
    fields: { speaker, quote: exact },
    evidence: [annotationId],
    attribution: { assertedBy: speaker, stance: "quotes", modality: "alleged" },
  };
}
