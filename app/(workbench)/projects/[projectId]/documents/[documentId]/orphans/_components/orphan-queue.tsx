"use client";
// The orphan queue: every orphan of the source, and one status line that says what the last
// decision did. A resolved orphan leaves the list at once; focus moves to the status line so a
// keyboard user is not left on a button that vanished.
import { useMemo, useRef, useState } from "react";
import type { OrphanView } from "../_lib/orphan-views";
import { OrphanCard } from "./orphan-card";
import { useTextOnDemand } from "./use-text-on-demand";
import "./orphans.css";

interface Props {
  orphans: OrphanView[];
  /** Where the newest text is and what it must be: downloaded when first needed. */
  text: { url: string; length: number; sha256: string };
  language: string | null;
  newestVersion: number;
  canResolve: boolean;
}

export function OrphanQueue({ orphans, text, language, newestVersion, canResolve }: Props) {
  const expected = useMemo(() => ({ url: text.url, length: text.length, sha256: text.sha256 }), [text.url, text.length, text.sha256]);
  const newest = useTextOnDemand(expected);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState("");
  const statusLine = useRef<HTMLParagraphElement>(null);
  const open = orphans.filter((o) => !done.has(o.id));

  function resolved(id: string, message: string) {
    setDone((d) => new Set(d).add(id));
    setStatus(message);
    requestAnimationFrame(() => statusLine.current?.focus());
  }

  return (
    <section aria-labelledby="orphan-list-heading" className="orphan-queue">
      <h2 id="orphan-list-heading">Waiting for a decision ({open.length})</h2>
      <p ref={statusLine} tabIndex={-1} role="status" className="orphan-status">
        {status}
      </p>
      {canResolve ? null : <p className="notice">Your role can read the queue; annotators and above resolve orphans.</p>}
      {open.length === 0 ? (
        <p className="empty">The orphan queue is empty: every annotation of this source is placed or retired.</p>
      ) : (
        <ul className="orphan-list">
          {open.map((o) => (
            <li key={o.id}>
              <OrphanCard
                orphan={o}
                text={newest.text}
                onNeedText={newest.request}
                version={newestVersion}
                lang={language ?? undefined}
                canResolve={canResolve}
                onResolved={(message) => resolved(o.id, message)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
