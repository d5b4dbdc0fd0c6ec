// What is known about the source, and the fingerprint of the exact text captured: a disclosure at
// the foot of the reader's panel, closed by default so the annotations get the room.
import type { ReactNode } from "react";
import { formatDateTime, formatNumber, isoString } from "@/app/_lib/format";

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
        <Row term="Captured">
          <time dateTime={isoString(d.capturedAt)}>{formatDateTime(d.capturedAt)}</time>
        </Row>
        <Row term="Added by">{addedBy ?? unknown}</Row>
      </dl>
    </details>
  );
}
