// The shape every kind of source file has (text, HTML, PDF, ...): recognised from its first bytes,
// turned into the text every offset refers to. One module per kind in lib/sources/kinds/, listed
// once in its index, which the upload route, the jobs and the import page read.
import type { DocumentDraft } from "../jobs/job-kind";

export interface Extraction {
  text: string;
  derivation: DocumentDraft["derivation"];
  pages?: DocumentDraft["pages"];
  layout?: DocumentDraft["layout"];
  /** What the file says of itself, used where the uploader gave nothing. */
  metadata?: { title?: string; author?: string; language?: string };
}

/** What a kind is, as plain data: safe to hand to the browser (the import page's upload box). */
export interface SourceKindInfo {
  /** Stored as the document's `format` and in an import job's input. */
  id: string;
  /** Its name on the import page and in refusals ("Upload PDF, HTML page, …"). */
  label: string;
  /** Largest file of this kind accepted, in bytes. */
  maxBytes: number;
  /** File name endings (".pdf") and media types the upload box offers; the bytes decide, never these. */
  extensions: readonly string[];
  mediaTypes: readonly string[];
  /**
   * The bytes every file of this kind begins with, for kinds that have one ("%PDF-"): a file named
   * or declared as this kind whose bytes are something else is refused as not one, never read as
   * another kind (an HTML error page saved under a report's name).
   */
  signature?: string;
}

export interface SourceKind extends SourceKindInfo {
  /** The media type the artifact is stored and served with. */
  mediaType: string;
  /** Whether the file's first bytes (up to 64 KiB, or the whole file when shorter) are of this kind. */
  sniff(head: Uint8Array): boolean;
  /**
   * A refusal that the whole upload shows before any work (a PDF without its end marker), or null.
   * `tail` is the file's last 2 KiB.
   */
  refuseAtOnce?(upload: { bytes: number; tail: Uint8Array }): { code: string; message: string } | null;
  extract(bytes: Uint8Array, options: { onProgress(done: number, total: number, unit: string): Promise<void> | void }): Promise<Extraction>;
}

/** Largest upload of any kind. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** Bytes the sniffers see. */
export const SNIFF_BYTES = 64 * 1024;

/** The kind without its behaviour, for the browser. */
export function sourceKindInfo(kind: SourceKind): SourceKindInfo {
  const { id, label, maxBytes, extensions, mediaTypes, signature } = kind;
  return { id, label, maxBytes, extensions, mediaTypes, ...(signature ? { signature } : {}) };
}

/** Whether a file's name or declared type says it is of this kind (for messages and the picker only). */
export function isNamedAs(kind: SourceKindInfo, fileName: string, declaredType: string): boolean {
  const name = fileName.toLowerCase();
  const type = declaredType.toLowerCase().split(";")[0]?.trim() ?? "";
  return kind.extensions.some((e) => name.endsWith(e)) || kind.mediaTypes.includes(type);
}
