// The document's text in a readable column. Line breaks inside a paragraph are kept
// (white-space: pre-wrap); each paragraph finds its own direction (dir="auto"), so Persian or
// Arabic paragraphs read right to left beside English ones. data-start/data-end give each
// paragraph's UTF-16 offsets in the stored text, for annotation later.
import { splitParagraphs } from "../_lib/split-paragraphs";

export function DocumentText({ text, language }: { text: string; language: string | null }) {
  const paragraphs = splitParagraphs(text);
  return (
    <article className="reader-text" lang={language ?? undefined} aria-label="Document text">
      {paragraphs.map((p) => (
        <p key={p.start} dir="auto" data-start={p.start} data-end={p.end}>
          {p.text}
        </p>
      ))}
    </article>
  );
}
