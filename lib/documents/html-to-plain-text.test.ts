import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { htmlToPlainText, MAX_HTML_DEPTH, sanitizeCapturedHtml } from "./html-to-plain-text";

describe("htmlToPlainText", () => {
  it("never lets script, style or handler content into the text", () => {
    const html = `<html><head><title>Page title</title><style>.x{color:red}</style>
      <script>var secret = "SCRIPT_BODY";</script></head>
      <body onload="ONLOAD_HANDLER()"><noscript>NOSCRIPT_BODY</noscript>
      <p onclick="alert('ONCLICK_HANDLER')">Visible paragraph.</p>
      <template>TEMPLATE_BODY</template><svg><text>SVG_TEXT</text></svg>
      <iframe src="https://example.org">IFRAME_BODY</iframe>
      <img src="x.png" alt="IMG_ALT" onerror="ONERROR_HANDLER()"></body></html>`;
    const text = htmlToPlainText(html);
    expect(text).toBe("Visible paragraph.");
    for (const hidden of ["SCRIPT_BODY", "color:red", "ONLOAD", "NOSCRIPT", "ONCLICK", "TEMPLATE", "SVG_TEXT", "IFRAME", "IMG_ALT", "ONERROR", "Page title"]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("separates headings and paragraphs by one blank line and keeps heading case", () => {
    const html = "<h1>Massacre of 1988</h1><p>First paragraph.</p>\n\n\n<h2>Aftermath</h2><p>Second <b>bold</b> paragraph.</p>";
    expect(htmlToPlainText(html)).toBe("Massacre of 1988\n\nFirst paragraph.\n\nAftermath\n\nSecond bold paragraph.");
  });

  it("keeps a line break inside a paragraph and never leaves more than one blank line", () => {
    const text = htmlToPlainText("<div><p>a<br>b</p><div></div><div></div><p>c</p></div>");
    expect(text).toBe("a\nb\n\nc");
    expect(text).not.toMatch(/\n{3,}/);
  });

  it("keeps link text but not the address", () => {
    expect(htmlToPlainText('<p>See <a href="https://example.org/x">the report</a>.</p>')).toBe("See the report.");
  });

  it("keeps Persian text intact, ZWNJ included, and decodes entities", () => {
    const persian = "\u0627\u0639\u062f\u0627\u0645\u200c\u0647\u0627\u06cc \u06f1\u06f3\u06f6\u06f7";
    const html = `<article dir="rtl"><h1>${persian}</h1><p>&laquo;\u0632\u0646\u062f\u0627\u0646&raquo; &amp; \u0627\u0648\u06cc\u0646</p></article>`;
    expect(htmlToPlainText(html)).toBe(`${persian}\n\n\u00ab\u0632\u0646\u062f\u0627\u0646\u00bb & \u0627\u0648\u06cc\u0646`);
  });

  it("does not wrap long lines", () => {
    const long = "word ".repeat(100).trim();
    expect(htmlToPlainText(`<p>${long}</p>`)).toBe(long);
  });
});

// Payloads from the usual XSS cheat sheets. Each must leave only what a reader of the page sees,
// and none of its code: not in the text, and not as markup in the sanitised HTML either.
const CODE = /alert|__pwned|onerror|onload|onclick|javascript|srcdoc|<\s*\/?\s*(script|img|svg|iframe|style)/i;
const XSS: [string, string, string][] = [
  ["a script element", "<p>Before</p><script>window.__pwned=1; alert(1)</script><p>After</p>", "Before\n\nAfter"],
  ["an img with onerror", "<p>Photo: <img src=x onerror=alert(1)> caption</p>", "Photo: caption"],
  ["svg with onload and script inside", "<svg onload=alert(1)><script>alert(2)</script><text>SVG</text></svg><p>Text</p>", "Text"],
  ["javascript: links, plain and obfuscated", '<p><a href="javascript:alert(1)">Read</a> <a href="jav&#x09;ascript:alert(2)">more</a></p>', "Read more"],
  ["a style element with a javascript: url", '<style>body{background:url("javascript:alert(1)")}</style><p>Styled</p>', "Styled"],
  ["an iframe with srcdoc", '<iframe srcdoc="<script>alert(1)</script>">fallback</iframe><p>Framed</p>', "Framed"],
  ["entity-encoded handler and link", '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)"><a href="&#106;avascript:alert(1)">x</a>', "x"],
  ["an unclosed script", "<div>ok<script>alert(1)", "ok"],
  ["nested and unclosed tags", "<p>One <b><i>two</p><p>three<div onclick=alert(1)>four", "One two\n\nthree\n\nfour"],
  ["noscript mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>Shown</p>', "Shown"],
  ["math and style mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>e</p>", "e"],
  ["a script in a comment or CDATA", "<!--<script>alert(1)</script>--><![CDATA[<script>alert(2)</script>]]><p>c</p>", "c"],
  ["template, object and embed", '<template><script>alert(1)</script></template><object data="javascript:alert(2)">fallback</object><embed src="javascript:alert(3)"><p>f</p>', "f"],
  ["meta refresh and base", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(2)//"><p>m</p>', "m"],
  ["handlers on content elements", '<h2 onmouseover="alert(1)">Title</h2><p style="x:expression(alert(2))" onclick="alert(3)">Body</p>', "Title\n\nBody"],
];

describe("htmlToPlainText with hostile HTML", () => {
  it.each(XSS)("drops the code of %s", (_label, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
    expect(htmlToPlainText(html)).not.toMatch(CODE);
    expect(sanitizeCapturedHtml(html)).not.toMatch(CODE);
  });

  it("refuses HTML nested too deeply to lay out, quickly, with a 400 naming html (not a stack overflow)", () => {
    expect(htmlToPlainText(`${"<div><b>".repeat(MAX_HTML_DEPTH / 2)}deep`)).toBe("deep");
    expect(htmlToPlainText(`${"<p>para ".repeat(5000)}<ul>${"<li>item".repeat(5000)}</ul>`)).toContain("para");
    expect(htmlToPlainText(`${"<a".repeat(200_000)}>x`).length).toBeGreaterThan(0);
    for (const html of [`${"<div>".repeat(MAX_HTML_DEPTH + 1)}deep`, `${"<span>".repeat(100_000)}deep`]) {
      const started = performance.now();
      let error: unknown;
      try {
        htmlToPlainText(html);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "invalid_input", issues: [{ path: ["html"] }] });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it("keeps no attribute but table spans", () => {
    const html = '<p id="a" class="b" style="c" dir="rtl" onclick="d()">x</p><table><tr><td colspan="2" onclick="e()">y</td></tr></table>';
    expect(sanitizeCapturedHtml(html)).toBe('<p>x</p><table><tr><td colspan="2">y</td></tr></table>');
  });

  it("decodes entity-encoded markup once, as the visible characters, never as markup", () => {
    // A page that shows the characters "<script>" says them; the stored text is plain text, never parsed as HTML.
    const html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;b&amp;gt;</p>";
    expect(sanitizeCapturedHtml(html)).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; and &amp;lt;b&amp;gt;</p>");
    expect(htmlToPlainText(html)).toBe("<script>alert(1)</script> and &lt;b&gt;");
  });

  it("keeps the structure of an article: headings, paragraphs, block containers", () => {
    const html = `<article><header><h1>The 1988 massacre</h1></header><section><h2>Death commissions</h2>
      <p>First <em>paragraph</em>.</p><div>A div.</div><blockquote><p>Quoted.</p></blockquote></section></article>`;
    expect(htmlToPlainText(html)).toBe("The 1988 massacre\n\nDeath commissions\n\nFirst paragraph.\n\nA div.\n\n> Quoted.");
  });

  it("keeps Arabic and Persian text intact: diacritics, RTL marks, Persian digits", () => {
    const arabic = "\u0625\u0639\u062f\u0627\u0645\u064f \u0627\u0644\u0633\u062c\u0646\u0627\u0621\u0650 \u0627\u0644\u0633\u064a\u0627\u0633\u064a\u064a\u0646";
    const persian = "\u200f\u0633\u0627\u0644 \u06f1\u06f3\u06f6\u06f7\u060c \u06a9\u0645\u06cc\u0633\u06cc\u0648\u0646 \u0645\u0631\u06af";
    const html = `<h2 dir="rtl">${arabic}</h2><script>alert(1)</script><p lang="fa">${persian}</p>`;
    expect(htmlToPlainText(html)).toBe(`${arabic}\n\n${persian}`);
  });
});
