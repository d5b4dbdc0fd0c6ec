// The shape every kind of background job has: one module per kind (lib/jobs/kinds/), registered
// in lib/jobs/registry.ts. A kind does its work and returns what should become a document; the
// runner (run-source-job.ts) writes that document, its artifact, pages and layout in one
// transaction at the end, so a job killed half-way leaves nothing and is simply run again.
import type { Tx } from "../db/client";

export interface JobProgress {
  done: number;
  total: number;
  /** What is counted: "bytes", "pages", "resources", ... */
  unit: string;
}

export interface JobContext<Input = Record<string, unknown>> {
  jobId: string;
  projectId: string;
  /** Who asked for the job (the document's creator). */
  userId: string;
  input: Input;
  /** Reports progress; cheap to call often (writes are spaced out). */
  progress(done: number, total: number, unit: string): Promise<void>;
  /** The uploaded file's bytes, as staged by the sources route (empty for jobs without a file). */
  readUpload(): Promise<Uint8Array>;
  /** Reads only: everything a job writes goes through its DocumentDraft. */
  db: Pick<Tx, "document" | "artifact" | "sourceJob" | "$queryRaw">;
}

/** What a job produces: a document and the artifact it was derived from. */
export interface DocumentDraft {
  /** Omitted for a new version: the version before keeps its title. */
  title?: string;
  /** The derived text every offset refers to (already checked by prepareText). */
  text: string;
  format: string;
  sourceUrl?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  capturedAt?: Date;
  derivation: { tool: string; version: string } & Record<string, unknown>;
  pages?: { number: number; start: number; end: number; textLayer: "text" | "ocr" | "none"; ocrConfidence?: number }[] | null;
  layout?: Record<string, unknown> | null;
  capture?: Record<string, unknown> | null;
  /**
   * Add as the next version of this document (a new edition of a report, a recapture): the live
   * annotations are re-anchored onto the new text in the same transaction. Metadata not given is
   * carried over from that version.
   */
  versionOf?: string;
  /** The original bytes: `bytes` when the job made them (a capture), omitted to keep the upload. */
  artifact: { mediaType: string; bytes?: Uint8Array };
  /**
   * A source the project already holds (a page captured again): the draft becomes the next version
   * of that document's lineage, its annotations re-anchored, or, when the text is the same, the job
   * answers "unchanged" and keeps the new artifact as evidence that it was.
   */
  continues?: { documentId: string };
}

export interface JobKind<Input = Record<string, unknown>> {
  /** Stored in SourceJob.kind and shown by GET /jobs/{id}. */
  kind: string;
  /**
   * Checks a request's input before the job is queued and returns what the job stores: throw an
   * AppError (400) for what can be judged at once (a refused address, a bad scheme).
   */
  prepare?(body: unknown): Promise<Input & object>;
  run(ctx: JobContext<Input>): Promise<DocumentDraft>;
  /**
   * Work that follows the committed document and must not hold it up (a capture whose timestamp
   * authority did not answer queues its retry here). Its failure is logged, never the job's.
   */
  afterWrite?(ctx: JobContext<Input>, documentId: string, draft: DocumentDraft): Promise<void>;
}

/**
 * A job that cannot succeed however often it is tried (a truncated PDF, a refused address): the job
 * fails at once with this code and message, which GET /jobs/{id} shows as they are.
 */
export class JobRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "JobRefusal";
  }
}
