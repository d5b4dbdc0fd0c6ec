// Messages between extractPdf and its child process.
import type { PdfRefusalCode } from "./pdf-refusal";
import type { PdfExtraction, PdfLimits } from "./types";

export type ChildRequest = { bytes: Uint8Array; ocr: boolean; limits: PdfLimits };

export type ChildReply =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; result: PdfExtraction }
  | { type: "refused"; code: PdfRefusalCode; message: string }
  | { type: "failed"; message: string };
