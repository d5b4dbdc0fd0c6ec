"use client";
// What importing a version did to the annotations: "N annotations moved, M sent to the orphan
// queue", with the way to the queue. Takes focus when it appears.
import Link from "next/link";
import { useEffect, useRef } from "react";

export interface CreatedVersion {
  id: string;
  version: number;
  reanchoring: { placed: number; orphaned: number };
}

const annotations = (n: number) => `${n} annotation${n === 1 ? "" : "s"}`;

export function ReanchorReport({ projectId, created }: { projectId: string; created: CreatedVersion }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [created.id]);
  const { placed, orphaned } = created.reanchoring;
  const base = `/projects/${projectId}/documents/${created.id}`;
  return (
    <section ref={box} tabIndex={-1} className="import-result" aria-labelledby="reanchor-heading">
      <h3 id="reanchor-heading">Version {created.version} imported</h3>
      <p data-testid="reanchor-report">
        {annotations(placed)} moved, {orphaned} sent to the orphan queue.
      </p>
      <div className="import-result-actions">
        {orphaned > 0 ? (
          <Link href={`${base}/orphans`} className="orphans-waiting">
            Open the orphan queue ({orphaned})
          </Link>
        ) : null}
        <Link href={base}>Read version {created.version}</Link>
      </div>
    </section>
  );
}
