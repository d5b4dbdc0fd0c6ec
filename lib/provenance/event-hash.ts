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
