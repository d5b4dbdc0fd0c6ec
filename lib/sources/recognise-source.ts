// Decides what an uploaded file is from its first bytes, never from its name: the name and the
// declared type only make the refusal clearer ("named like a PDF but is not one").
import { AppError } from "../errors";
import { SOURCE_KINDS } from "./kinds";
import { isNamedAs, type SourceKind } from "./source-kind";

const SIGNATURES: readonly [RegExp, string][] = [
  [/^%PDF-/, "a PDF"],
  [/^PK\x03\x04/, "a ZIP archive (or an Office document)"],
  [/^\x89PNG/, "a PNG image"],
  [/^\xff\xd8\xff/, "a JPEG image"],
  [/^GIF8/, "a GIF image"],
  [/^\x1f\x8b/, "a gzip archive"],
  [/^\xd0\xcf\x11\xe0/, "an old Microsoft Office document"],
  [/^\{\\rtf/, "an RTF document"],
];

/** What the first bytes look like, for messages. */
export function describeBytes(head: Uint8Array): string {
  const start = Buffer.from(head.subarray(0, 16)).toString("latin1");
  return SIGNATURES.find(([re]) => re.test(start))?.[1] ?? "binary data";
}

/**
 * The kind the bytes show. A file named or declared as a kind with a signature (a PDF) whose bytes
 * are something else (often an HTML error page saved under the report's name) is refused as "not a
 * PDF", never read as text.
 */
export function recogniseSource(head: Uint8Array, name: string, declaredType = ""): SourceKind {
  if (head.length === 0) throw new AppError("invalid_input", "The file is empty.", { issues: [{ path: ["file"], message: "empty file" }] });
  const kind = SOURCE_KINDS.find((k) => k.sniff(head));
  const namedAs = SOURCE_KINDS.find((k) => k.signature !== undefined && isNamedAs(k, name, declaredType));
  if (kind && (!namedAs || kind === namedAs)) return kind;
  const looks = kind ? `${kind.label.toLowerCase()}` : describeBytes(head);
  const message = namedAs
    ? `“${name}” is named like a ${namedAs.label} but is not one: its bytes do not begin with ${namedAs.signature} (they are ${kind ? looks : `like ${looks}`}).`
    : `“${name}” is not a file type the workbench takes (its bytes look like ${looks}). Upload ${SOURCE_KINDS.map((k) => k.label).join(", ")}.`;
  const reason = namedAs ? `not_${namedAs.id}` : "unknown_type";
  throw new AppError("invalid_input", message, { issues: [{ path: ["file"], message: reason }], details: { reason } });
}
