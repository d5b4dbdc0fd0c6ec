// The overview's documents as its table shows them: numbers and dates formatted on the server, so
// the browser draws exactly what the HTML showed, and nothing of a document the table does not show.
import { formatDate, formatNumber, isoString } from "@/app/_lib/format";

export interface DocumentRowView {
  id: string;
  title: string;
  publisher: string | null;
  language: string | null;
  length: string;
  sha256: string;
  captured: { iso: string; text: string };
}

/** Numbers and dates formatted on the server, so the browser draws exactly what the HTML showed. */
export function documentRows(documents: readonly { id: string; title: string; publisher: string | null; language: string | null; length: number; sha256: string; capturedAt: string }[]): DocumentRowView[] {
  return documents.map((d) => ({
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    language: d.language,
    length: formatNumber(d.length),
    sha256: d.sha256,
    captured: { iso: isoString(d.capturedAt), text: formatDate(d.capturedAt) },
  }));
}

