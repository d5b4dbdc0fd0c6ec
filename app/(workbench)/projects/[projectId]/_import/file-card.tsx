// The chosen file: its name, kind and size, what will happen to it, and the start of its text.
import { formatBytes } from "@/lib/documents/import-file";
import type { SourceText } from "./source-text";

const PREVIEW_LENGTH = 400;

export function FileCard({ source, onRemove }: { source: SourceText; onRemove: () => void }) {
  const html = source.kind === "html";
  return (
    <div className="file-card">
      <p className="file-card-name">
        <strong dir="auto">{source.fileName}</strong>{" "}
        <span className="muted">
          {html ? "HTML" : "text"}, {formatBytes(source.fileBytes ?? source.content.length)}
        </span>
      </p>
      <p className="file-card-note">
        {html
          ? "Converted to text on the server: headings and paragraphs are kept; scripts, styles, images and link addresses are dropped."
          : "Stored exactly as the file has it, line breaks included."}
      </p>
      {html ? null : (
        <>
          <p className="file-card-note">The file begins:</p>
          <pre className="file-preview" dir="auto">
            {source.content.slice(0, PREVIEW_LENGTH)}
            {source.content.length > PREVIEW_LENGTH ? "…" : ""}
          </pre>
        </>
      )}
      <button type="button" className="button-small" onClick={onRemove}>
        Remove file
      </button>
    </div>
  );
}
