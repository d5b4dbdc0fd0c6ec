"use client";
// Posts a comment or a reply. Checked in the browser with the schema the API uses; the thread
// as it now stands (or the refusal) goes back to the thread.
import { type FormEvent, useState, useTransition } from "react";
import { fieldErrorsOf } from "@/app/_lib/form-state";
import { ZCreateComment } from "@/lib/comments/schemas";
import type { ThreadComment } from "@/lib/comments/thread-comments";
import { type CommentSubjectRef, postComment } from "../_lib/comments-api";

interface Props {
  subject: CommentSubjectRef;
  parentId?: string;
  /** Names the form for assistive technology: "Comment on this claim", "Reply to Reza". */
  label: string;
  idPrefix: string;
  onPosted: (thread: ThreadComment[]) => void;
  onCancel?: () => void;
}

export function CommentForm({ subject, parentId, label, idPrefix, onPosted, onCancel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { body: String(new FormData(form).get("body") ?? ""), ...(parentId ? { parentId } : {}) };
    const parsed = ZCreateComment.safeParse(input);
    if (!parsed.success) {
      setError(`Comment ${fieldErrorsOf(parsed.error.issues).body ?? "is not valid"}`);
      form.querySelector("textarea")?.focus();
      return;
    }
    startTransition(async () => {
      const answer = await postComment(subject, parsed.data);
      if (answer.ok) {
        setError(null);
        form.reset();
        onPosted(answer.thread);
      } else setError(answer.failure.fieldErrors.body ? `Comment ${answer.failure.fieldErrors.body}` : answer.failure.message || "Could not post the comment.");
    });
  }

  const id = `${idPrefix}-body`;
  return (
    <form onSubmit={onSubmit} noValidate className="comment-form">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea id={id} name="body" rows={2} placeholder={parentId ? "Write a reply…" : "Add a comment…"} dir="auto" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <div className="comment-form-actions">
        <button type="submit" className="button-small" disabled={pending}>
          {pending ? "Posting…" : parentId ? "Post reply" : "Post comment"}
        </button>
        {onCancel ? (
          <button type="button" className="button-small" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      </div>
    </form>
  );
}
