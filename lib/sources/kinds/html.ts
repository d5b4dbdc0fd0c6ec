// An HTML file (a saved web page): its visible text, blocks on their own lines.
import { htmlToPlainText } from "../../documents/html-to-plain-text";
import { prepareText } from "../../documents/prepare-text";
import { JobRefusal } from "../../jobs/job-kind";
import type { SourceKind } from "../source-kind";
import { looksLikeUtf8Text, textStart } from "../sniff-text";
import { WORKBENCH_VERSION } from "../workbench-version";

const HTML_START = /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--[\s\S]*?-->\s*(<!doctype html|<html[\s>]))/;

export const htmlKind: SourceKind = {
  id: "html",
  label: "HTML page",
  mediaType: "text/html; charset=utf-8",
  maxBytes: 20 * 1024 * 1024,
  extensions: [".html", ".htm"],
  mediaTypes: ["text/html"],
  sniff: (head) => HTML_START.test(textStart(head)) && looksLikeUtf8Text(head, false),
  async extract(bytes, { onProgress }) {
    let html: string;
    try {
      html = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new JobRefusal("not_utf8", "The HTML file is not UTF-8. Save it as UTF-8 and upload it again.");
    }
    const text = prepareText(htmlToPlainText(html), "html").text;
    await onProgress(bytes.length, bytes.length, "bytes");
    const title = /<title[^>]*>([^<]{1,500})<\/title>/i.exec(html)?.[1]?.trim();
    const language = /<html[^>]*\slang=["']?([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)/i.exec(html)?.[1];
    return {
      text,
      derivation: { tool: "workbench html-to-text", version: WORKBENCH_VERSION },
      metadata: { ...(title ? { title } : {}), ...(language ? { language } : {}) },
    };
  },
};
