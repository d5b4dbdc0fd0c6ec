// Reads annotations to import from W3C Web Annotation JSON-LD (one annotation, a list, an
// AnnotationPage or an AnnotationCollection with its pages embedded) or Hypothesis's JSON (its
// search results `{rows: [...]}`, a list, or one annotation: `uri` plus `target[].selector[]`).
// Each target becomes one item to place; what cannot be read is reported, never guessed. Pure.
import { parseW3cSelectors } from "../anchoring/w3c";
import type { QuoteInput, Span } from "../anchoring/types";

export interface ImportItem {
  /** Position of the annotation in the file, from 0, and of the target within it. */
  index: number;
  target: number;
  /** The target's source IRI (W3C `source`, Hypothesis `source` or `uri`), when it has one. */
  source: string | null;
  quote?: QuoteInput;
  position?: Span;
  note?: string;
}

export interface ImportProblem {
  index: number;
  target: number | null;
  reason: "invalid";
  message: string;
}

const NOTE_MAX = 10_000;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const types = (v: unknown): string[] => (Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : typeof v === "string" ? [v] : []);
const idOf = (v: unknown): string | null => (typeof v === "string" ? v : isRecord(v) && typeof v.id === "string" ? v.id : null);

/** The annotations in a file, or a message saying why it holds none we can read. */
export function annotationsIn(input: unknown): unknown[] | string {
  if (Array.isArray(input)) return input;
  if (!isRecord(input)) return "The file must hold an annotation, a list of them, an AnnotationCollection or Hypothesis search results.";
  if (Array.isArray(input.rows)) return input.rows;
  const kind = types(input.type);
  if (kind.includes("AnnotationCollection")) {
    if (Array.isArray(input.items)) return input.items;
    const first = input.first;
    if (isRecord(first) && Array.isArray(first.items)) return first.items;
    if (input.total === 0) return [];
    return "The collection's pages are not embedded (first must hold items); put them in the file.";
  }
  if (kind.includes("AnnotationPage")) return Array.isArray(input.items) ? input.items : "The AnnotationPage has no items.";
  return [input];
}

function noteOf(a: Record<string, unknown>): string | undefined {
  let text: string | undefined;
  if (typeof a.text === "string") text = a.text;
  else if (typeof a.bodyValue === "string") text = a.bodyValue;
  else {
    const bodies = Array.isArray(a.body) ? a.body : a.body === undefined ? [] : [a.body];
    const textual = bodies.find((b) => isRecord(b) && typeof b.value === "string" && (b.format === undefined || b.format === "text/plain") && b.purpose !== "tagging");
    if (isRecord(textual)) text = textual.value as string;
  }
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return trimmed.length > NOTE_MAX ? `${trimmed.slice(0, NOTE_MAX - 1)}…` : trimmed;
}

export function parseImport(input: unknown): { items: ImportItem[]; problems: ImportProblem[] } {
  const annotations = annotationsIn(input);
  if (typeof annotations === "string") return { items: [], problems: [{ index: 0, target: null, reason: "invalid", message: annotations }] };
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  annotations.forEach((a, index) => {
    if (!isRecord(a)) return problems.push({ index, target: null, reason: "invalid", message: "is not an annotation object" });
    const targets = Array.isArray(a.target) ? a.target : a.target === undefined ? [] : [a.target];
    if (targets.length === 0) return problems.push({ index, target: null, reason: "invalid", message: "has no target" });
    const note = noteOf(a);
    const uri = typeof a.uri === "string" ? a.uri : null;
    targets.forEach((t, target) => {
      const source = isRecord(t) ? (idOf(t.source) ?? uri) : (idOf(t) ?? uri);
      const selectors = isRecord(t) ? parseW3cSelectors(t.selector) : { error: "The target names a whole resource, not a span in it" };
      if (selectors.error !== undefined) return problems.push({ index, target, reason: "invalid", message: selectors.error });
      items.push({ index, target, source, ...selectors.parsed, ...(note ? { note } : {}) });
    });
  });
  return { items, problems };
}
