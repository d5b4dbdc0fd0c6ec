// The size of the generated project. BENCH_SCALE shrinks it for a quick try (0.01: 1,000 sources).

export interface ScaleConfig {
  projectId: string;
  userId: string;
  documents: number;
  annotationsPerDocument: number;
  claims: number;
  /** Victim-count claims about the one big event (the compare view's load). */
  bigEventClaims: number;
  /** UTF-8 bytes of text per source. */
  documentBytes: number;
  /** Every n-th source is Persian. */
  persianEvery: number;
}

export function scaleConfig(scale = Number(process.env.BENCH_SCALE ?? 1)): ScaleConfig {
  const documents = Math.round(100_000 * scale);
  return {
    projectId: "prj_scale",
    userId: "usr_scale",
    documents,
    annotationsPerDocument: 10,
    claims: documents * 10,
    bigEventClaims: Math.min(10_000, documents * 10),
    documentBytes: 3_000,
    persianEvery: 10,
  };
}

/** Creation times: one source a minute, one claim every six seconds, from the start of 2025. */
export const BASE_TIME = Date.parse("2025-01-01T00:00:00Z");
export const iso = (ms: number) => new Date(ms).toISOString();

export const documentId = (i: number) => `doc_${i.toString().padStart(7, "0")}`;
export const annotationId = (i: number) => `ann_${i.toString().padStart(8, "0")}`;
export const claimId = (i: number) => `clm_${i.toString().padStart(8, "0")}`;
