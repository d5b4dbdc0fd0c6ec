"use client";
// The reader of a long text source, whose whole text does not travel inside the page: the server
// renders the reader from the text's opening (its first blocks), the page has the browser fetch the
// whole text at once from its own answer (cacheable for good: a text never changes), and the reader
// takes over the server's HTML as soon as both its code and the text are here. The text crosses the
// wire once, as plain UTF-8, and the browser never parses it as part of the page's payload.
import { Suspense, use } from "react";
import { type ExpectedText, loadDocumentText, type TextOpening } from "@/lib/reader";
import { Reader, type ReaderProps } from "./reader";

export type ReaderTextProps = Omit<ReaderProps, "text" | "opening"> & {
  opening: TextOpening;
  /** Where the whole text is (GET /api/v1/documents/{id}/text) and its sha256, checked on arrival. */
  textUrl: string;
  sha256: string;
};

type Tracked = Promise<string> & { status?: "pending" | "fulfilled" | "rejected"; value?: string; reason?: unknown };

const loading = new Map<string, Tracked>();

/**
 * One download per text while the page lives. The promise carries its outcome the way React's
 * `use` reads it, so a text that arrived before the reader's code does not suspend it again.
 */
function wholeText(url: string, expected: ExpectedText): Promise<string> {
  const known = loading.get(url);
  if (known) return known;
  const p: Tracked = loadDocumentText(url, expected);
  p.status = "pending";
  p.then(
    (value) => Object.assign(p, { status: "fulfilled", value }),
    (reason: unknown) => {
      Object.assign(p, { status: "rejected", reason });
      loading.delete(url);
    },
  );
  loading.set(url, p);
  return p;
}

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
