"use client";
// After an import: where the new document is, and its fingerprint. Takes focus when it appears
// so keyboard and screen reader users land on the link.
import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatNumber, shortHash } from "@/app/_lib/format";

export interface CreatedDocument {
  id: string;
  title: string;
  sha256: string;
  length: number;
  version: number;
}

export function ImportDone({ projectId, document, onAnother }: { projectId: string; document: CreatedDocument; onAnother: () => void }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section ref={box} tabIndex={-1} className="import-result" aria-labelledby="import-done-heading">
      <h2 id="import-done-heading">Imported</h2>
      <p>
        <Link href={`/projects/${projectId}/documents/${document.id}`} className="row-title" dir="auto">
          Open “{document.title}”
        </Link>
      </p>
      <dl>
        <dt>Length</dt>
        <dd>{formatNumber(document.length)} UTF-16 code units</dd>
        <dt>SHA-256</dt>
        <dd>
          <code title={document.sha256}>{shortHash(document.sha256)}</code>
        </dd>
      </dl>
      <div className="import-result-actions">
        <button type="button" className="button-quiet" onClick={onAnother}>
          Import another
        </button>
        <Link href={`/projects/${projectId}`}>Back to the project</Link>
      </div>
    </section>
  );
}
