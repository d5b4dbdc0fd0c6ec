// The text a person is about to import, whichever way it came in, and reading it from a file in
// the browser: the kind decides what is sent (`text` stored exactly, `html` converted on the
// server), the size is checked before anything is uploaded, and a title is suggested.
import { decodeUtf8, type ImportKind, importKindOf, sizeProblem, titleFromFileName, utf8ByteLength } from "@/lib/documents/import-file";
import { ZLanguage } from "@/lib/documents/schemas";

export interface SourceText {
  kind: ImportKind;
  content: string;
  origin: "paste" | "file";
  fileName?: string;
  fileBytes?: number;
  suggestedTitle?: string;
  suggestedLanguage?: string;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; message: string };

/** The title and language an HTML page declares; only its head is parsed (DOMParser runs no scripts). */
function htmlHead(html: string): { title?: string; language?: string } {
  const doc = new DOMParser().parseFromString(html.slice(0, 65_536), "text/html");
  const title = doc.title.replace(/\s+/g, " ").trim().slice(0, 500);
  const lang = doc.documentElement.lang.trim();
  return { ...(title ? { title } : {}), ...(ZLanguage.safeParse(lang).success ? { language: lang } : {}) };
}

export async function readImportFile(file: File): Promise<ReadResult> {
  const kind = importKindOf(file.name, file.type);
  if (!kind) return { ok: false, message: `${file.name} is not a .txt, .md or .html file.` };
  const tooLarge = sizeProblem(kind, file.size, file.name);
  if (tooLarge) return { ok: false, message: tooLarge };
  const decoded = decodeUtf8(await file.arrayBuffer());
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === "") return { ok: false, message: `${file.name} is empty.` };
  const head = kind === "html" ? htmlHead(decoded.text) : {};
  const source: SourceText = { kind, content: decoded.text, origin: "file", fileName: file.name, fileBytes: file.size };
  const suggestedTitle = head.title ?? titleFromFileName(file.name);
  if (suggestedTitle) source.suggestedTitle = suggestedTitle;
  if (head.language) source.suggestedLanguage = head.language;
  return { ok: true, source };
}

/** Why this source cannot be sent (too large), checked before the upload starts; null when it may go. */
export function sourceProblem(source: SourceText): string | null {
  const what = source.fileName ?? "The text";
  if (source.kind === "html") return sizeProblem("html", source.fileBytes ?? utf8ByteLength(source.content), what);
  return sizeProblem("text", utf8ByteLength(source.content), what);
}

/** The part of the API body that carries the text: `{text}` or `{html}`. */
export function sourceBody(source: SourceText): { text: string } | { html: string } {
  return source.kind === "html" ? { html: source.content } : { text: source.content };
}
