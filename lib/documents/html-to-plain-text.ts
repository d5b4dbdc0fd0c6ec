// Turns captured HTML into the plain text that offsets refer to: paragraphs and headings keep
// their breaks, scripts, styles and other non-content never reach the text.
import { convert } from "html-to-text";

const SKIP = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head", "img"];

export function htmlToPlainText(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      ...SKIP.map((selector) => ({ selector, format: "skip" })),
      { selector: "a", options: { ignoreHref: true } },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
