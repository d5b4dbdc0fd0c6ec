// A log leaf's input: the UTF-8 of the RFC 8785 canonical JSON of the event's content exactly as
// GET /events returns it, so anyone holding the events can recompute every leaf.
import canonicalize from "canonicalize";
import type { HashedEventContent } from "../provenance/event-hash";

/** The same eight fields the hash chain covers: one event content, hashed two ways. */
export type LeafEvent = HashedEventContent;

/** Only the eight fields, whatever else the object carries (ids, hashes of the chain). */
export function leafContent(e: LeafEvent): LeafEvent {
  return { projectId: e.projectId, seq: e.seq, actorId: e.actorId, type: e.type, subjectType: e.subjectType, subjectId: e.subjectId, data: e.data, createdAt: e.createdAt };
}

export function leafInput(e: LeafEvent): Buffer {
  const body = canonicalize(leafContent(e));
  if (body === undefined) throw new Error("event content cannot be serialised");
  return Buffer.from(body, "utf8");
}
