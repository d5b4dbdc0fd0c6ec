// Checks and fingerprints a document's text before it is stored. The text is kept exactly as
// given (no normalisation), because every offset and quote refers to it.
import { createHash } from "node:crypto";
import { AppError } from "../errors";
import { MAX_TEXT_BYTES } from "./schemas";

export interface PreparedText {
  text: string;
  sha256: string;
  length: number;
}

export function prepareText(text: string, field: "text" | "html" = "text"): PreparedText {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_TEXT_BYTES) {
    throw new AppError("payload_too_large", `The text is ${(bytes / 1048576).toFixed(1)} MB; the limit is 5 MB.`);
  }
  if (text.trim().length === 0) {
    throw new AppError("invalid_input", "The document has no text.", { issues: [{ path: [field], message: "No text" }] });
  }
  if (text.includes("\u0000")) {
    throw new AppError("invalid_input", "The text contains NUL characters.", { issues: [{ path: [field], message: "Contains U+0000" }] });
  }
  if (!text.isWellFormed()) {
    throw new AppError("invalid_input", "The text contains unpaired surrogates (broken UTF-16).", {
      issues: [{ path: [field], message: "Not well-formed Unicode" }],
    });
  }
  return { text, sha256: createHash("sha256").update(text, "utf8").digest("hex"), length: text.length };
}
