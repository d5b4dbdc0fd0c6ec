// The shape every kind of source file has (text, HTML, PDF, ...): recognised from its first bytes,
// turned into the text every offset refers to. One module per kind in lib/sources/kinds/.
import type { DocumentDraft } from "../jobs/job-kind";

export interface Extraction {
  text: string;
  derivation: DocumentDraft["derivation"];
  pages?: DocumentDraft["pages"];
  layout?: DocumentDraft["layout"];
  /** What the file says of itself, used where the uploader gave nothing. */
  metadata?: { title?: string; author?: string; language?: string };
}

export interface SourceKind {
  id: string;
  label: string;
  /** The media type the artifact is stored and served with. */
  mediaType: string;
  /** Largest file of this kind accepted, in bytes. */
  maxBytes: number;
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
