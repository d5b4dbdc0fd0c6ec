"use client";
// The reader of a long text source, whose whole text does not travel inside the page: the server
// renders the reader from the text's opening (its first blocks), the page has the browser fetch the
// whole text at once from its own answer (cacheable for good: a text never changes), and the reader
// takes over the server's HTML as soon as both its code and the text are here. The text crosses the
// wire once, as plain UTF-8, and the browser never parses it as part of the page's payload.
import { Suspense, use } from "react";
import type { TextOpening } from "@/lib/reader";
import { Reader, type ReaderProps } from "./reader";
import { wholeText } from "./whole-text";

export type ReaderTextProps = Omit<ReaderProps, "text" | "opening"> & {
  opening: TextOpening;
  /** Where the whole text is (GET /api/v1/documents/{id}/text) and its sha256, checked on arrival. */
  textUrl: string;
  sha256: string;
};

function ReaderOnWholeText({ opening, textUrl, sha256, ...props }: ReaderTextProps) {
  // The server renders from the opening; the browser renders (and hydrates) on the whole text.
  if (typeof window === "undefined") return <Reader {...props} text={opening.head} opening={opening} />;
  return <Reader {...props} text={use(wholeText(textUrl, { length: opening.length, sha256 }))} />;
}

export function ReaderText(props: ReaderTextProps) {
  // While the text is on its way the server's HTML stays on screen (a boundary that suspends
  // while hydrating keeps it), so the fallback is never seen.
  return (
    <Suspense fallback={null}>
      <ReaderOnWholeText {...props} />
    </Suspense>
  );
}
