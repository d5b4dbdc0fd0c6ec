// W3C Web Annotation export: an AnnotationCollection whose first (and only) page embeds one
// Annotation per claim, written piece by piece so it streams. Each annotation targets the
// claim's evidence spans with TextQuote and TextPosition selectors (UTF-16 offsets, see
// lib/anchoring/w3c.ts), and on paged sources a FragmentSelector naming the page (RFC 3778) on the document's API URL, and carries the claim itself as a JSON body.
// Pure: the same records, base URL and `now` always give the same bytes.
import { pageFragmentSelector, toW3cSelectors } from "../anchoring/w3c";
import type { ClaimRecord } from "./claim-record";
import { describeRecord } from "./describe-record";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface W3cContext {
  /** Origin the ids are made from, e.g. https://workbench.example.org (no trailing slash). */
  base: string;
  /** The collection's own IRI (the export URL, or the release file's URL). */
  collectionId: string;
  label: string;
  now: Date;
}

export const generatorOf = (base: string) => ({ id: `${base}/`, type: "Software", name: "Provenance workbench" });
export const documentIri = (base: string, documentId: string) => `${base}/api/v1/documents/${encodeURIComponent(documentId)}`;
export const claimIri = (base: string, claimId: string) => `${base}/api/v1/claims/${encodeURIComponent(claimId)}`;
const userIri = (userId: string) => `urn:workbench:user:${encodeURIComponent(userId)}`;

export function w3cAnnotation(record: ClaimRecord, ctx: W3cContext) {
  return {
    "@context": ANNO_CONTEXT,
    id: claimIri(ctx.base, record.id),
    type: "Annotation",
    motivation: "describing",
    created: record.createdAt,
    modified: record.updatedAt,
    creator: { id: userIri(record.createdBy.id), type: "Person", name: record.createdBy.name ?? record.createdBy.id },
    generator: generatorOf(ctx.base),
    generated: ctx.now.toISOString(),
    body: [
      { type: "TextualBody", purpose: "describing", format: "text/plain", value: describeRecord(record) },
      { type: "TextualBody", purpose: "tagging", value: record.type },
      { type: "TextualBody", purpose: "describing", format: "application/json", value: JSON.stringify(record) },
    ],
    target: record.evidence.map((e) => ({
      type: "SpecificResource",
      source: documentIri(ctx.base, e.documentId),
      selector: e.pageStart === null || e.pageStart === undefined ? toW3cSelectors(e) : [...toW3cSelectors(e), pageFragmentSelector(e.pageStart)],
    })),
  };
}

/** Everything before the first annotation; `total` is known up front from the count. */
export function w3cHead(ctx: W3cContext, total: number): string {
  const collection = {
    "@context": ANNO_CONTEXT,
    id: ctx.collectionId,
    type: "AnnotationCollection",
    label: ctx.label,
    total,
    created: ctx.now.toISOString(),
    generator: generatorOf(ctx.base),
    first: { "@context": ANNO_CONTEXT, id: `${ctx.collectionId}#page-1`, type: "AnnotationPage", startIndex: 0, items: [] as unknown[] },
  };
  const json = JSON.stringify(collection);
  return `${json.slice(0, -"[]}}".length)}[\n`;
}

/** One annotation per line, so a reader can count progress by lines. */
export function w3cItem(record: ClaimRecord, ctx: W3cContext, first: boolean): string {
  return `${first ? "" : ",\n"}${JSON.stringify(w3cAnnotation(record, ctx))}`;
}

export function w3cTail(): string {
  return "\n]}}\n";
}
