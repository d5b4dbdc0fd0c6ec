"use client";
// The open annotation: the exact words with their context, who made it and when, where it sits
// (UTF-16 and code point offsets), its note (editable by its author or an owner), and delete.
// The quote comes from the text the page already has; the rest is fetched when it opens.
import { type ReactNode, useState } from "react";
import { formatDateTime } from "@/app/_lib/format";
import { prefixBefore, suffixAfter } from "@/lib/anchoring/describe-span";
import type { Ann } from "@/lib/reader";
import { removeAnnotation } from "../_lib/api";
import { AnnotationClaims } from "./annotation-claims";
import type { EvidenceClaim } from "@/lib/claims/list-evidence-claims";
import { NoteEditor } from "./note-editor";
import { useAnnotationDetail } from "./use-annotation-detail";

interface Props {
  ann: Ann;
  author: string;
  text: string;
  language: string | null;
  canModify: boolean;
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onClose: () => void;
  onDeleted: (id: string) => void;
  onMessage: (text: string, tone: "ok" | "error") => void;
  projectId: string;
  claims: readonly EvidenceClaim[];
  typeNames: Readonly<Record<string, string>>;
  /** Opens the claim form on this annotation (absent when the role cannot make claims). */
  onClaim?: () => void;
  /** The way to add the words to an existing claim. */
  addEvidence?: ReactNode;
  /** "p. 4" or "pp. 4–5" on a paged source. */
  pages?: string;
}

export function AnnotationDetail({ ann, author, text, language, canModify, editing, onEditing, onClose, onDeleted, onMessage, projectId, claims, typeNames, onClaim, addEvidence, pages }: Props) {
  const { detail, error, loading, replace } = useAnnotationDetail(ann.id, !!ann.pending);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(true);
    const r = await removeAnnotation(ann.id);
    setDeleting(false);
    setConfirming(false);
    if (r.ok) onDeleted(ann.id);
    else onMessage(`Could not delete: ${r.failure.message}`, "error");
  };

  return (
    <section className="rd-detail" aria-labelledby="rd-detail-heading">
      <div className="rd-detail-head">
        <h2 id="rd-detail-heading">Annotation</h2>
        <button type="button" className="button-small" onClick={onClose} aria-label="Close annotation" aria-keyshortcuts="Escape">
          Close
        </button>
      </div>
      <blockquote className="rd-quote" dir="auto" lang={language ?? undefined}>
        <span className="rd-context">…{prefixBefore(text, ann.start).replace(/^[^]*\n/, "")}</span>
        <mark data-testid="annotation-exact">{text.slice(ann.start, ann.end)}</mark>
        <span className="rd-context">{suffixAfter(text, ann.end).replace(/\n[^]*$/, "")}…</span>
      </blockquote>
      <p className="rd-detail-meta">
        {pages ? <span data-testid="annotation-pages">{pages} · </span> : null}
        {author}
        {detail ? (
          <>
            {" · "}
            <time dateTime={detail.createdAt}>{formatDateTime(detail.createdAt)}</time>
          </>
        ) : null}
        <br />
        <span className="muted small">
          Offsets {ann.start}–{ann.end} (UTF-16){detail ? `, ${detail.codePointStart}–${detail.codePointEnd} (code points)` : ""}
        </span>
      </p>
      {ann.pending ? <p className="muted">Saving…</p> : null}
      {loading ? <p className="muted small">Loading the note…</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
      {detail && editing ? (
        <NoteEditor
          id={ann.id}
          note={detail.note}
          onCancel={() => onEditing(false)}
          onSaved={(d) => {
            replace(d);
            onEditing(false);
            onMessage("Note saved.", "ok");
          }}
        />
      ) : detail ? (
        <div className="rd-note">
          <h3>Note</h3>
          {detail.note ? <p dir="auto">{detail.note}</p> : <p className="muted">No note.</p>}
        </div>
      ) : null}
      <AnnotationClaims projectId={projectId} claims={claims} typeNames={typeNames} onClaim={ann.pending ? undefined : onClaim}>
        {addEvidence}
      </AnnotationClaims>
      {canModify && detail && !editing ? (
        <div className="rd-detail-actions">
          <button type="button" className="button-small" aria-keyshortcuts="E" onClick={() => onEditing(true)}>
            Edit note <kbd>e</kbd>
          </button>
          {confirming ? (
            <span role="group" aria-label="Confirm deletion" className="rd-confirm">
              <span>Delete this annotation?</span>
              <button type="button" className="button-small button-danger" onClick={() => void remove()} disabled={deleting}>
                {deleting ? "Deleting…" : "Delete"}
              </button>
              <button type="button" className="button-small" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" className="button-small button-danger" onClick={() => setConfirming(true)}>
              Delete…
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
