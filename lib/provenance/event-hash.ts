// The hash chain of a project's event log: each event's hash covers its content (as canonical
// JSON, RFC 8785) and the previous event's hash, so any edit, removal or reordering shows.
import canonicalize from "canonicalize";
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface HashedEventContent {
  projectId: string;
  seq: number;
  actorId: string | null;
  type: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  createdAt: string;
}

export function eventHash(prevHash: string, content: HashedEventContent): string {
  const body = canonicalize(content);
  if (body === undefined) throw new Error("event content cannot be serialised");
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

/**
 * The canonical JSON of an event whose seq is not known yet, split around the value of "seq":
 * `head + seq + tail` is the canonical JSON of the event with that seq. The database completes it
 * under the chain's lock (the `append_events` function, run at COMMIT), so the lock is held only
 * while the writer commits.
 */
export function canonicalAroundSeq(content: Omit<HashedEventContent, "seq">): { head: string; tail: string } {
  const body = canonicalize({ ...content, seq: 0 });
  if (body === undefined) throw new Error("event content cannot be serialised");
  // The last match is the top-level key: only the escaped strings of subjectId, subjectType and type follow it.
  const marker = ',"seq":0,';
  const at = body.lastIndexOf(marker);
  if (at < 0) throw new Error("canonical event JSON without a top-level seq");
  return { head: body.slice(0, at + marker.length - 2), tail: body.slice(at + marker.length - 1) };
}
