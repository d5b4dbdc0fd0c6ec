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
