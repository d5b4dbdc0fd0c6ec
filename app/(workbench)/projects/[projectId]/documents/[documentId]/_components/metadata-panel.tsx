// What is known about the source, and the fingerprint of the exact text captured: a disclosure at
// the foot of the reader's panel, closed by default so the annotations get the room.
import type { ReactNode } from "react";
import { formatDateTime, formatNumber, isoString } from "@/app/_lib/format";
import { formatBytes } from "@/lib/documents/import-file";

export interface DocumentMeta {
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  sourceUrl: string | null;
  sha256: string;
  length: number;
  format: string;
  version: number;
  capturedAt: string;
  id: string;
  artifact?: { sha256: string; mediaType: string; bytes: number } | null;
  derivation?: { tool: string; version: string } | null;
  pages?: readonly unknown[] | null;
}

const unknown = <span className="muted">unknown</span>;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="meta-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function MetadataPanel({ document, addedBy }: { document: DocumentMeta; addedBy: string | null }) {
  const d = document;
  return (
    <details className="rd-source">
      <summary>Source details</summary>
      <dl className="meta-list">
        <Row term="Publisher">{d.publisher ?? unknown}</Row>
        <Row term="Author">{d.author ?? unknown}</Row>
        <Row term="Published">{d.publishedAt ?? unknown}</Row>
        <Row term="Language">{d.language ? <code>{d.language}</code> : unknown}</Row>
        <Row term="Source URL">
          {d.sourceUrl ? (
            <a href={d.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="break">
              {d.sourceUrl}
            </a>
          ) : (
            unknown
          )}
        </Row>
        <Row term="SHA-256">
          <code className="hash" data-testid="document-sha256">
            {d.sha256}
          </code>
        </Row>
        <Row term="Length">
          <span data-testid="document-length">{formatNumber(d.length)}</span> UTF-16 code units
        </Row>
        <Row term="Format">
          {d.format}, version {d.version}
        </Row>
        {d.artifact ? (
          <Row term="Original file">
            <a href={`/api/v1/documents/${encodeURIComponent(d.id)}/artifact`} download data-testid="document-artifact">
              Download
            </a>{" "}
            <span className="muted">
              {d.artifact.mediaType.split(";")[0]}, {formatBytes(d.artifact.bytes)}
            </span>
            <br />
            <code className="hash" data-testid="artifact-sha256">
              {d.artifact.sha256}
            </code>
          </Row>
        ) : null}
        {d.derivation ? (
          <Row term="Text read with">
            {d.derivation.tool} {d.derivation.version}
          </Row>
        ) : null}
        {d.pages ? <Row term="Pages">{formatNumber(d.pages.length)}</Row> : null}
        <Row term="Captured">
          <time dateTime={isoString(d.capturedAt)}>{formatDateTime(d.capturedAt)}</time>
        </Row>
        <Row term="Added by">{addedBy ?? unknown}</Row>
      </dl>
    </details>
  );
}
