"use client";
// The reader of a long text source, whose whole text does not travel inside the page: the server
// renders the reader from the text's opening (its first blocks), the page has the browser fetch the
// whole text at once from its own answer (preloaded from <head>), and the reader hydrates on the
// opening straight away, paints its first highlights on it, and takes the whole text (every block,
// the panel, selections) once it has arrived. The text crosses the wire once, as plain UTF-8, and
// the browser never parses it as part of the page's payload. So with the annotations: the page
// brings those starting in the opening, and the reader asks for the rest (`spansFrom` on) once the
// opening's highlights are painted.
import type { TextOpening } from "@/lib/reader";
import { Reader, type ReaderProps } from "./reader";

export type ReaderTextProps = Omit<ReaderProps, "text" | "opening" | "lateText" | "lateSpans"> & {
  opening: TextOpening;
  /** Where the whole text is (GET /api/v1/documents/{id}/text) and its sha256, checked on arrival. */
  textUrl: string;
  sha256: string;
  /** Where the annotations the page did not bring start: `table` holds those before it (none left out when absent). */
  spansFrom?: number;
};

export function ReaderText({ opening, textUrl, sha256, spansFrom, ...props }: ReaderTextProps) {
  // The head travels once, as `text` (the opening's own copy would be a second one in the payload).
  const { head, ...start } = opening;
  return (
    <Reader
      {...props}
      text={head}
      opening={start}
      lateText={{ url: textUrl, length: opening.length, sha256 }}
      lateSpans={spansFrom === undefined ? undefined : { from: spansFrom }}
    />
  );
}
