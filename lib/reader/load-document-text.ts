// Loads a document's whole text from its own cacheable answer (GET /api/v1/documents/{id}/text),
// which the page asks the browser to fetch at once, beside the page. The text is every offset's
// ground truth, so it is decoded exactly (a leading byte-order mark is kept, not eaten by the
// decoder) and checked against the length and, where the browser can hash, the sha256 the page
// was given; anything else is refused rather than shown.

export interface ExpectedText {
  length: number;
  sha256: string;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function loadDocumentText(url: string, expected: ExpectedText): Promise<string> {
  // The same mode and credentials as the page's <link rel=preload as=fetch crossorigin=use-credentials>, so that download is reused.
  const res = await fetch(url, { credentials: "include", mode: "cors" });
  if (!res.ok) throw new Error(`The text of this source could not be loaded (the server answered ${res.status}). Reload the page to try again.`);
  const bytes = await res.arrayBuffer();
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  // crypto.subtle exists only in secure contexts (https, localhost).
  const digest = globalThis.crypto?.subtle ? hex(await crypto.subtle.digest("SHA-256", bytes)) : expected.sha256;
  if (text.length !== expected.length || digest !== expected.sha256) {
    throw new Error("The text of this source arrived changed or incomplete. Reload the page to try again.");
  }
  return text;
}
