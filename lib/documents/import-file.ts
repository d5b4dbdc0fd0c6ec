// What the import form may do with a file before anything is sent: which kind of source it is,
// whether it is small enough, how its bytes decode, and a title to suggest. Plain TypeScript,
// used in the browser; the server checks the same limit again on the stored text.
import { MAX_TEXT_BYTES } from "./schemas";

export type ImportKind = "text" | "html";

/**
 * Largest HTML file the browser sends. Its text (what the 5 MB limit counts) is only known after
 * the server has converted it, so the file itself may be larger; this keeps the JSON request under
 * the API's 32 MB body limit even when escaping grows it.
 */
export const MAX_HTML_FILE_BYTES = 20 * 1024 * 1024;

export const IMPORT_ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/** By extension first (what people see), then by media type. */
export function importKindOf(fileName: string, mediaType = ""): ImportKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "md" || ext === "markdown") return "text";
  if (ext === "html" || ext === "htm") return "html";
  if (ext) return null;
  if (/^text\/html\b/i.test(mediaType)) return "html";
  if (/^text\/(plain|markdown)\b/i.test(mediaType)) return "text";
  return null;
}

export const utf8ByteLength = (text: string): number => new TextEncoder().encode(text).length;

export const formatMegabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** "512 bytes", "24 KB", "5.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`;
  return formatMegabytes(bytes);
}

/** A sentence saying why a text or file is refused for size, or null when it fits. */
export function sizeProblem(kind: ImportKind, bytes: number, what = "The text"): string | null {
  if (kind === "text" && bytes > MAX_TEXT_BYTES) {
    return `${what} is larger than the 5 MB limit for text (${formatMegabytes(bytes)}). Split the source into parts and import each.`;
  }
  if (kind === "html" && bytes > MAX_HTML_FILE_BYTES) {
    return `${what} is larger than the 20 MB limit for HTML files (${formatMegabytes(bytes)}); its text may be at most 5 MB.`;
  }
  return null;
}

/** Strict UTF-8: a file in another encoding is refused rather than stored with replacement characters. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: "The file is not UTF-8 text. Save it as UTF-8 (most editors offer this under “Save as”) and try again." };
  }
}

/** "1988_massacre-report.final.html" → "1988 massacre-report.final". */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/_+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 500);
}
