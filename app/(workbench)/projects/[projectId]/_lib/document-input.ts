// The add-document form as the input `ZCreateDocument` expects, in the browser and on the server.
import { MAX_TEXT_BYTES, ZCreateDocument } from "@/lib/documents/schemas";
import { readForm } from "@/app/_lib/read-form";

export const DOCUMENT_FIELDS = ["title", "text", "sourceUrl", "publisher", "author", "publishedAt", "language"] as const;
const OPTIONAL = ["sourceUrl", "publisher", "author", "publishedAt", "language"] as const;

/**
 * A textarea's value never holds a carriage return; the browser adds them (CRLF) when it submits
 * the form. Undoing that stores the text exactly as the person saw and pasted it.
 */
export function documentInput(form: FormData): Record<string, string> {
  const input = readForm(form, DOCUMENT_FIELDS, OPTIONAL);
  if (input.text !== undefined) input.text = input.text.replace(/\r\n?/g, "\n");
  return input;
}

/** ZCreateDocument, plus the stored-text limit checked before the text is sent at all. */
export const ZDocumentForm = ZCreateDocument.refine(
  (d) => d.text === undefined || new TextEncoder().encode(d.text).length <= MAX_TEXT_BYTES,
  { path: ["text"], message: "is larger than the 5 MB limit" },
);
