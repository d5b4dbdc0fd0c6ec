"use client";
// One orphaned annotation and the three ways to resolve it: a suggested place, words the person
// selects in the newest text, or retiring it.
import { useState } from "react";
import { formatDate, isoString } from "@/app/_lib/format";
import type { OrphanView } from "../_lib/orphan-views";
import { CandidateList } from "./candidate-list";
import { QuoteContext, shorten } from "./quote-context";
import { RetireForm } from "./retire-form";
import { SelectInText } from "./select-in-text";
import type { TextOnDemand } from "./use-text-on-demand";
import { useResolve } from "./use-resolve";

interface Props {
  orphan: OrphanView;
  text: TextOnDemand;
  onNeedText: () => void;
  version: number;
  lang?: string | undefined;
  canResolve: boolean;
  onResolved: (message: string) => void;
}

export function OrphanCard({ orphan: o, text, onNeedText, version, lang, canResolve, onResolved }: Props) {
  const { pending, error, resolve } = useResolve(o.id, onResolved);
  const [selecting, setSelecting] = useState(false);
  const id = `orphan-${o.id}`;
  const label = shorten(o.exact, 80);
  const reattach = (start: number, end: number) => resolve({ action: "reattach", start, end }, (exact) => `Re-attached “${shorten(label, 60)}” to “${shorten(exact, 60)}”.`);
  return (
    <article className="orphan" aria-labelledby={`${id}-h`}>
      <header className="orphan-head">
        <h3 id={`${id}-h`} dir="auto">
          “{label}”
        </h3>
        <p className="orphan-meta">
          By {o.createdBy}, <time dateTime={isoString(o.createdAt)}>{formatDate(o.createdAt)}</time>
          {o.fromVersion ? ` · was on version ${o.fromVersion}` : ""}
        </p>
      </header>
      <p className="orphan-reason">{o.reason}</p>
      <div className="orphan-old">
        <p className="orphan-label">Where it was:</p>
        <QuoteContext before={o.prefix} exact={o.exact} after={o.suffix} cut={o.cut} lang={lang} />
        {o.note ? <p className="small">Note: {o.note}</p> : null}
      </div>
      {o.candidates.length > 0 ? (
        <div>
          <p className="orphan-label">Places in version {version} that may fit:</p>
          <CandidateList id={id} candidates={o.candidates} lang={lang} disabled={pending} onAttach={canResolve ? (c) => reattach(c.start, c.end) : undefined} />
        </div>
      ) : (
        <p className="muted small">
          {o.candidatesStale ? "The places suggested earlier were for an older version." : "Re-anchoring found no likely place."}
        </p>
      )}
      {canResolve ? (
        <div className="orphan-actions">
          <button type="button" className="button-quiet" aria-expanded={selecting} aria-controls={`${id}-select`} onClick={() => {
              if (!selecting) onNeedText();
              setSelecting((s) => !s);
            }}>
            {selecting ? "Close the text" : "Select the words yourself"}
          </button>
          <RetireForm id={id} disabled={pending} onRetire={(reason) => resolve({ action: "retire", ...(reason ? { reason } : {}) }, () => `Retired “${shorten(label, 60)}”.`)} />
        </div>
      ) : null}
      <div id={`${id}-select`}>
        {canResolve && selecting ? (
          text.state === "ready" ? (
            <SelectInText id={id} offsets={text.offsets} version={version} lang={lang} hint={o.hint} disabled={pending} onAttach={reattach} />
          ) : text.state === "failed" ? (
            <p className="form-message form-message-error">{text.message}</p>
          ) : (
            <p className="muted small" role="status">
              Loading the text of version {version}…
            </p>
          )
        ) : null}
      </div>
      <div aria-live="polite">{error ? <p className="form-message form-message-error">{error}</p> : null}</div>
    </article>
  );
}
