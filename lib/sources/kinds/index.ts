// The kinds of source file the workbench takes, most specific first (HTML is also text): the
// upload route recognises a file by trying them in this order, an import job reads it with its
// kind, and the import page's upload box names them and what it accepts. Server code (a kind's
// reader may run pdf.js or OCR): pages hand `sourceKindInfos()` to the browser.
import { type SourceKind, type SourceKindInfo, sourceKindInfo } from "../source-kind";
import { htmlKind } from "./html";
import { pdfKind } from "./pdf";
import { textKind } from "./text";

export const SOURCE_KINDS: readonly SourceKind[] = [pdfKind, htmlKind, textKind];

export function sourceKind(id: string): SourceKind | undefined {
  return SOURCE_KINDS.find((k) => k.id === id);
}

/** The kinds as plain data, for the import page's browser code. */
export function sourceKindInfos(): SourceKindInfo[] {
  return SOURCE_KINDS.map(sourceKindInfo);
}
