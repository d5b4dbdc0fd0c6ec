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

const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const HTML_LANG = /<html\b[^>]*?\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * The title and language an HTML page declares. The page itself is never parsed into a document:
 * even an inert DOMParser document makes the browser weigh every inline handler and style of a
 * hostile page against the CSP. Only the title's text goes through the parser, to decode its
 * character references: inside <title> nothing is markup.
 */
function htmlHead(html: string): { title?: string; language?: string } {
  const head = html.slice(0, 65_536);
  const raw = TITLE.exec(head)?.[1];
  const title = raw ? new DOMParser().parseFromString(`<title>${raw}</title>`, "text/html").title.replace(/\s+/g, " ").trim().slice(0, 500) : "";
  const lang = HTML_LANG.exec(head)?.slice(1).find((v) => v !== undefined)?.trim() ?? "";
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
