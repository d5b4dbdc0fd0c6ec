// Turns captured HTML into the plain text that offsets refer to, in two steps. First sanitize-html
// keeps only content elements, with no attributes beyond table spans: scripts, styles, embedded
// documents and media, event handlers and link targets are gone, and the text inside elements
// that are not content (script, style, svg, iframe, template...) is dropped with them. Then
// html-to-text lays out what is left: headings and paragraphs separated by one blank line.
import { convert } from "html-to-text";
import sanitizeHtml from "sanitize-html";
import { AppError } from "../errors";

/** Elements whose text is the document's text. Anything else is unwrapped (its text kept). */
const CONTENT_TAGS = [
  ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "div", "address"],
  ...["article", "section", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "details", "summary"],
  ...["ul", "ol", "li", "dl", "dt", "dd"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"],
  ...["a", "em", "strong", "b", "i", "u", "s", "small", "sub", "sup", "mark", "q", "cite", "abbr", "dfn", "time"],
  ...["code", "kbd", "samp", "var", "del", "ins", "span", "bdi", "bdo", "wbr"],
];

/** Elements that are not content: dropped together with any text inside them. */
const NON_TEXT_TAGS = [
  ...["script", "style", "noscript", "template", "xmp", "plaintext", "textarea", "option", "select", "datalist"],
  ...["iframe", "frame", "frameset", "noframes", "object", "embed", "applet", "noembed", "param"],
  ...["svg", "math", "canvas", "audio", "video", "picture", "source", "track", "map"],
  ...["head", "title", "meta", "link", "base"],
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: CONTENT_TAGS,
  allowedAttributes: { td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
  allowedSchemes: [],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: NON_TEXT_TAGS,
};

/** The content-only HTML that is laid out as text; exported for tests. */
export function sanitizeCapturedHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

/** Far deeper than any real page; past a few thousand levels sanitising turns quadratic and layout overflows the stack. */
export const MAX_HTML_DEPTH = 500;

/** Void elements, and those whose end tag may be left out (a page of unclosed <p> is not deep). */
const NOT_NESTING = new Set([
  ...["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"],
  ...["p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rt", "rp", "html", "head", "body"],
]);

/** How deep the elements nest, read in one linear pass over the tags (an over-estimate at worst). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, close, name, selfClosing] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
    if (NOT_NESTING.has(name!.toLowerCase()) || selfClosing) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const tooDeep = () =>
  new AppError("invalid_input", `The HTML nests elements more than ${MAX_HTML_DEPTH} deep; it cannot be turned into text.`, {
    issues: [{ path: ["html"], message: `Nested more than ${MAX_HTML_DEPTH} elements deep` }],
  });

export function htmlToPlainText(html: string): string {
  if (nestingDepth(html) > MAX_HTML_DEPTH) throw tooDeep();
  try {
    return layOut(sanitizeCapturedHtml(html));
  } catch (error) {
    // html-to-text walks the tree recursively; should the estimate above miss, still no 500.
    if (error instanceof RangeError) throw tooDeep();
    throw error;
  }
}

function layOut(sanitized: string): string {
  const text = convert(sanitized, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      // Nothing of these survives sanitising; skipping them again costs nothing.
      ...NON_TEXT_TAGS.map((selector) => ({ selector, format: "skip" })),
      { selector: "img", format: "skip" },
      { selector: "a", options: { ignoreHref: true } },
      ...HEADINGS,
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
