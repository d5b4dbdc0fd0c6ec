// Chain of custody of a web capture, for a reader who must show what the page said, when, and as
// served by whom: URLs, status, the address and certificate connected to, the software, who asked,
// the WACZ with its sha256 to download, and the RFC 3161 timestamp as verified when the page loaded.
import type { ReactNode } from "react";
import "./capture-panel.css";
import { formatDateTime, formatNumber, isoString } from "@/app/_lib/format";
import type { CaptureCustodyView } from "@/lib/capture/view/get-capture-custody";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="meta-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const link = (url: string) => (
  <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="break">
    {url}
  </a>
);

function TimestampRow({ view }: { view: CaptureCustodyView }) {
  if (view.timestamp) {
    const { check } = view.timestamp;
    return (
      <Row term="Timestamp">
        <span data-testid="capture-timestamp" className={check.ok ? "capture-ok" : "capture-bad"}>
          {check.ok ? "Verified" : "Does not verify"}
        </span>{" "}
        — {check.genTime ? <time dateTime={check.genTime}>{formatDateTime(check.genTime)}</time> : null} by <span className="break">{view.timestamp.tsa}</span>
        {check.signer ? <div className="small muted">Signed by {check.signer}</div> : null}
        {check.problems.length ? <div className="small capture-bad">{check.problems.join("; ")}</div> : null}
      </Row>
    );
  }
  if (view.timestampPending) {
    return (
      <Row term="Timestamp">
        <span data-testid="capture-timestamp">Timestamp pending</span>
        <div className="small muted">The authority has not answered yet; it is asked again in the background.</div>
      </Row>
    );
  }
  return (
    <Row term="Timestamp">
      <span data-testid="capture-timestamp" className="muted">
        none (no timestamp authority configured)
      </span>
    </Row>
  );
}

export function CapturePanel({ view, documentId }: { view: CaptureCustodyView; documentId: string }) {
  const c = view.custody;
  return (
    <details className="rd-source" open data-testid="capture-panel">
      <summary>Web capture and custody</summary>
      <dl className="meta-list">
        <Row term="Requested">{link(view.requestedUrl)}</Row>
        {view.finalUrl !== view.requestedUrl ? <Row term="Final URL">{link(view.finalUrl)}</Row> : null}
        {c?.redirects.length ? (
          <Row term="Redirects">
            {c.redirects.map((r) => (
              <div key={r.url} className="small break">
                {r.status} {r.url}
              </div>
            ))}
          </Row>
        ) : null}
        <Row term="HTTP status">{view.httpStatus}</Row>
        <Row term="Captured">
          <time dateTime={isoString(view.capturedAt)}>{formatDateTime(view.capturedAt)}</time>
        </Row>
        {c ? (
          <>
            <Row term="Server address">
              <code data-testid="capture-address">{c.response.remoteAddress}</code> port {c.response.remotePort}, HTTP/{c.response.httpVersion}
            </Row>
            <Row term="TLS certificate">
              {c.response.tls ? (
                <>
                  <code className="hash">{c.response.tls.fingerprint256}</code>
                  <div className="small muted break">{c.response.tls.subject} · issued by {c.response.tls.issuer}</div>
                </>
              ) : (
                <span className="muted">none (plain http)</span>
              )}
            </Row>
            <Row term="Resources">
              {formatNumber(c.resources.fetched)} fetched, {formatNumber(c.resources.bytes)} bytes
              {c.resources.skipped.length ? `, ${c.resources.skipped.length} left out (limits or errors)` : ""}
            </Row>
            <Row term="Software">
              {c.software.name} {c.software.version}, warcio.js {c.software.warcio}, Readability {c.software.readability}
            </Row>
            <Row term="Asked by">{c.requestedBy.name ?? c.requestedBy.userId}</Row>
          </>
        ) : null}
        {view.artifact ? (
          <Row term="WACZ">
            <a href={`/api/v1/documents/${documentId}/artifact`} download data-testid="capture-download">
              Download ({formatNumber(view.artifact.bytes)} bytes)
            </a>{" "}
            · <a href={`/api/v1/documents/${documentId}/artifact/verify`}>verify again</a>
            <div>
              <code className="hash" data-testid="capture-sha256">
                {view.artifact.sha256}
              </code>
            </div>
          </Row>
        ) : null}
        <TimestampRow view={view} />
      </dl>
      {view.pageText ? (
        <details className="capture-page-text">
          <summary>Show the full page text</summary>
          <p className="small muted">Everything the page showed, navigation and lists included; the document holds the article only.</p>
          <div className="capture-page-text-body" dir="auto" data-testid="capture-page-text" tabIndex={0} role="region" aria-label="Full page text">
            {view.pageText}
          </div>
        </details>
      ) : null}
    </details>
  );
}
