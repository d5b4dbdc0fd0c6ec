// One download of a document's whole text per page (GET /api/v1/documents/{id}/text, which the
// page preloads from <head>), shared by the long text reader (reader-text.tsx) and the PDF reader,
// whose page view draws without it and asks for it only where the words themselves are needed.
import { type ExpectedText, loadDocumentText } from "@/lib/reader";

type Tracked = Promise<string> & { status?: "pending" | "fulfilled" | "rejected"; value?: string; reason?: unknown };

const loading = new Map<string, Tracked>();

/**
 * One download per text while the page lives. The promise carries its outcome the way React's
 * `use` reads it, so a text that arrived before the reader's code does not suspend it again.
 */
export function wholeText(url: string, expected: ExpectedText): Promise<string> {
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

/** The text, when its download has already finished (else null). */
export function arrivedText(url: string): string | null {
  const p = loading.get(url);
  return p?.status === "fulfilled" ? p.value! : null;
}

/**
 * The whole text, read once `start` is called (a PDF's reader calls it when its first page is
 * drawn) or once someone needs it (`read`: an OCR'd page's words): until then its download runs
 * in the browser, preloaded, but its bytes are not decoded and hashed on the page's thread, where
 * that work would hold up the first page's canvas. A text already read is not read again.
 */
export function afterFirstPage(expected: ExpectedText & { url: string }): { text: Promise<string>; start: () => void; read: () => Promise<string> } {
  let start = () => {};
  const started = new Promise<void>((resolve) => (start = resolve));
  const text = started.then(() => wholeText(expected.url, expected));
  text.catch(() => {}); // its failure is reported where it is awaited
  return {
    text,
    start,
    read: () => {
      start();
      return text;
    },
  };
}
