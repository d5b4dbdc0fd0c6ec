// The kinds of source file the workbench takes, most specific first (HTML is also text).
import type { SourceKind } from "../source-kind";
import { htmlKind } from "./html";
import { pdfKind } from "./pdf";
import { textKind } from "./text";

export const SOURCE_KINDS: readonly SourceKind[] = [pdfKind, htmlKind, textKind];

export function sourceKind(id: string): SourceKind | undefined {
  return SOURCE_KINDS.find((k) => k.id === id);
}
