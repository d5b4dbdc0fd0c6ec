// The compact shape in which a reader receives every annotation of a document at once. Ten thousand
// annotations as objects with quotes and context would be megabytes; as rows of four values plus a
// table of people it is a few hundred kilobytes, and the details (quote context, note) are fetched
// through the API only for the annotation a person opens. Plain TypeScript, safe in the browser.

/** Someone who made annotations here or may make them: the project's members and past authors. */
export interface SpanPerson {
  id: string;
  name: string;
}

/**
 * One annotation: `[id, start, end, personIndex]`, offsets in UTF-16 code units of the document
 * text (`text.slice(start, end)` is its quote) and `personIndex` pointing into `people`.
 */
export type SpanRow = [id: string, start: number, end: number, person: number];

export interface AnnotationSpanTable {
  people: SpanPerson[];
  /** In text order: by start offset, then id. */
  rows: SpanRow[];
}
