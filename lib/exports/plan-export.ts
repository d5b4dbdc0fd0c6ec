// What an export will hold, decided before its first byte: the compiled filter, how many claims
// and rows it selects (sent as headers so a progress bar knows the total) and which field
// columns the claim types it covers need.
import { CLAIM_COLUMNS, type Column, DOCUMENT_COLUMNS, FIELDS_JSON_COLUMN, QUOTE_COLUMNS, SPAN_COLUMNS } from "./export-columns";
import type { ExportSession } from "./export-session";
import { type CompiledFilter, contentCountsSql, countByTypeSql } from "./export-sql";
import { fieldColumns } from "./field-columns";
import type { TypeFields } from "./type-fields";

export interface ExportCounts {
  claims: number;
  /** Claim × evidence span rows of the flat CSV. */
  rows: number;
  /** Only for data packages and releases. */
  documents?: number;
  entities?: number;
  reviews?: number;
}

export interface ExportPlan {
  compiled: CompiledFilter;
  counts: ExportCounts;
  fieldColumns: Column[];
}

const RESERVED = new Set(
  [...CLAIM_COLUMNS, ...SPAN_COLUMNS, ...DOCUMENT_COLUMNS, ...QUOTE_COLUMNS, FIELDS_JSON_COLUMN].map((c) => c.name),
);

export async function planExport(
  session: ExportSession,
  compiled: CompiledFilter,
  loadTypeFields: (types: string[]) => Promise<TypeFields[]>,
  options: { contents?: boolean } = {},
): Promise<ExportPlan> {
  const byType = await session.query<{ type: string; claims: number; rows: number }>(countByTypeSql(compiled));
  const [contents] = options.contents ? await session.query<Required<ExportCounts>>(contentCountsSql(compiled)) : [];
  const types = byType.map((r) => r.type);
  return {
    compiled,
    counts: {
      claims: byType.reduce((n, r) => n + r.claims, 0),
      rows: byType.reduce((n, r) => n + r.rows, 0),
      ...(contents ? { documents: contents.documents, entities: contents.entities, reviews: contents.reviews } : {}),
    },
    fieldColumns: fieldColumns(await loadTypeFields(types), RESERVED),
  };
}
