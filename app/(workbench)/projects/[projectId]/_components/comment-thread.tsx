"use client";
// A threaded discussion on a claim or an annotation: comments oldest first, replies nested under
// the comment they answer, a reply form per comment and one for a new comment. Usable on any page
// of the project; pass `initial` from a server component, or let it load through the API.
import { useEffect, useState } from "react";
import { formatDateTime } from "@/app/_lib/format";
import type { ThreadComment } from "@/lib/comments/thread-comments";
import { type CommentSubjectRef, loadThread } from "../_lib/comments-api";
import { CommentForm } from "./comment-form";
import "./comment-thread.css";

interface Props {
  subject: CommentSubjectRef;
  /** Annotators and above may post (comment.create); viewers read. */
  canPost: boolean;
  initial?: ThreadComment[];
  heading?: "h2" | "h3" | "h4";
}

const count = (list: ThreadComment[]): number => list.reduce((n, c) => n + 1 + count(c.replies), 0);

export function CommentThread({ subject, canPost, initial, heading: Heading = "h3" }: Props) {
  const [thread, setThread] = useState<ThreadComment[] | null>(initial ?? null);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const headingId = `comments-${subject.type}-${subject.id}`;

  useEffect(() => {
    if (initial) return;
    let live = true;
    void loadThread(subject).then((answer) => {
      if (!live) return;
      if (answer.ok) setThread(answer.thread);
      else setError(answer.failure.message || "Could not load the comments.");
    });
    return () => {
      live = false;
    };
    // The subject's id identifies what to load; the object itself is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subject.type, subject.id, initial]);

  const posted = (next: ThreadComment[], what: string) => {
    setThread(next);
    setReplyTo(null);
    setAnnounce(what);
  };

  const renderList = (list: ThreadComment[], depth: number) => (
    <ol className={depth === 0 ? "comment-list" : "comment-replies"}>
      {list.map((c) => (
        <li key={c.id} className="comment">
          <p className="comment-meta">
            <span className="comment-author">{c.authorName}</span> <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
          </p>
          <p className="comment-body" dir="auto">
            {c.body}
          </p>
          {canPost && replyTo !== c.id ? (
            <button type="button" className="button-link" onClick={() => setReplyTo(c.id)} aria-label={`Reply to ${c.authorName}`}>
              Reply
            </button>
          ) : null}
          {canPost && replyTo === c.id ? (
            <CommentForm subject={subject} parentId={c.id} idPrefix={`reply-${c.id}`} label={`Reply to ${c.authorName}`} onPosted={(t) => posted(t, "Reply posted.")} onCancel={() => setReplyTo(null)} />
          ) : null}
          {c.replies.length ? renderList(c.replies, depth + 1) : null}
        </li>
      ))}
    </ol>
  );

  return (
    <section className="comment-thread" aria-labelledby={headingId}>
      <Heading id={headingId} className="comment-heading">
        Discussion{thread ? ` (${count(thread)})` : ""}
      </Heading>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      {thread === null && !error ? <p className="muted small">Loading comments…</p> : null}
      {thread && thread.length === 0 ? <p className="muted small">No comments yet.</p> : null}
      {thread && thread.length > 0 ? renderList(thread, 0) : null}
      {canPost ? (
        <CommentForm subject={subject} idPrefix={`comment-${subject.id}`} label={`Comment on this ${subject.type}`} onPosted={(t) => posted(t, "Comment posted.")} />
      ) : null}
    </section>
  );
}
