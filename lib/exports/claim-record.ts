// The nested form of one exported claim: a JSONL line, the JSON body of a W3C annotation, and what
// releases are compared by. Built by record-sql.ts with its keys in exactly this order.

import type { AttributeName } from "../claims/attributes/claim-attributes";

export interface EntityRef {
  id: string;
  name: string | null;
  reliability?: string | null;
}

export interface EvidenceRecord {
  /** Place among the claim's evidence, from 1. */
  index: number;
  annotationId: string;
  status: "active" | "orphaned" | "retired" | "deleted";
  documentId: string;
  documentTitle: string;
  documentVersion: number;
  sourceUrl: string | null;
  publisher: string | null;
  language: string | null;
  /** sha256 of the document text (UTF-8). */
  sha256: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 code units: text.slice(start, end) === exact. */
  start: number;
  end: number;
  /** Code points: [...text].slice(codePointStart, codePointEnd).join("") === exact. */
  codePointStart: number;
  codePointEnd: number;
  /** Paged sources (PDF): the physical pages, from 1, the quote starts and ends on; null otherwise. */
  pageStart: number | null;
  pageEnd: number | null;
  annotatedBy: { id: string; name: string | null };
  annotatedAt: string;
}

export interface ClaimRecord {
  id: string;
  type: string;
  version: number;
  status: string;
  /** As stored; entity references are entity ids, described in `entities`. */
  fields: Record<string, unknown>;
  /** The claim's attributes (lib/claims/attributes) follow `via`. */
  attribution: {
    assertedBy: EntityRef;
    reportedBy: EntityRef | null;
    via: EntityRef[];
  } & Record<AttributeName, string>;
  credibility: number | null;
  evidence: EvidenceRecord[];
  /** Every entity the claim names, by id. */
  entities: Record<string, { name: string; kind: string; reliability: string | null; wikidataId: string | null; mergedIntoId: string | null }>;
  reviews: { reviewer: { id: string; name: string | null }; decision: string; claimVersion: number; credibility: number | null; note: string | null; createdAt: string }[];
  createdBy: { id: string; name: string | null };
  createdAt: string;
  updatedAt: string;
  deprecated: { at: string; by: string | null; reason: string | null } | null;
}

export function formatJsonlLine(record: ClaimRecord): string {
  return `${JSON.stringify(record)}\n`;
}
