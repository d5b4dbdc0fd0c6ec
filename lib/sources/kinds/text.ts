// Plain text and Markdown: stored as written, UTF-8 only.
import { prepareText } from "../../documents/prepare-text";
import { MAX_TEXT_BYTES } from "../../documents/schemas";
import { JobRefusal } from "../../jobs/job-kind";
import type { SourceKind } from "../source-kind";
import { looksLikeUtf8Text } from "../sniff-text";
import { WORKBENCH_VERSION } from "../workbench-version";

export const textKind: SourceKind = {
  id: "text",
  label: "Plain text or Markdown",
  mediaType: "text/plain; charset=utf-8",
  maxBytes: MAX_TEXT_BYTES,
  extensions: [".txt", ".md", ".markdown"],
  mediaTypes: ["text/plain", "text/markdown"],
  sniff: (head) => head.length > 0 && looksLikeUtf8Text(head, false),
  async extract(bytes, { onProgress }) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new JobRefusal("not_utf8", "The file is not UTF-8 text. Save it as UTF-8 and upload it again.");
    }
    prepareText(text);
    await onProgress(bytes.length, bytes.length, "bytes");
    return { text, derivation: { tool: "workbench utf-8 text", version: WORKBENCH_VERSION } };
  },
};
