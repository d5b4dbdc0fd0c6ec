// The page of an offset in SQL, as lib/anchoring/page-range.ts computes it: the highest page
// number whose start is at or before the offset; NULL for a document without pages.
export function pageOfOffsetSql(pages: string, offset: string): string {
  return `(SELECT max((p->>'number')::int) FROM jsonb_array_elements(${pages}) p WHERE (p->>'start')::int <= ${offset})`;
}

/** pageStart and pageEnd of annotation alias `a` on document alias `d`. */
export const PAGE_START_SQL = pageOfOffsetSql(`d.pages`, `a.start`);
export const PAGE_END_SQL = pageOfOffsetSql(`d.pages`, `greatest(a.start, a."end" - 1)`);
