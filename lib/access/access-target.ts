// The project a request is about, as its path names it (a project id, or a document whose project it
// is), so the caller's membership there can be read in the same statement that checks their
// credentials (lib/auth/look-up-caller.ts) instead of in one more round trip. The membership read that
// way belongs to that one request: it is exactly as fresh as a lookup made a moment later by the gate.
import type { Role } from "../db/generated/enums";

export type AccessTarget = { kind: "project"; id: string } | { kind: "document"; id: string };

/** What the credentials' statement found: the target's project and the caller's role there (null: not a member, or no such thing). */
export interface PrefetchedMembership {
  target: AccessTarget;
  projectId: string | null;
  role: Role | null;
}

/** The target of a route from its path parameters: the project when the path names one, else the document. */
export function accessTargetOf(params: Record<string, unknown>): AccessTarget | undefined {
  if (typeof params.projectId === "string") return { kind: "project", id: params.projectId };
  if (typeof params.documentId === "string") return { kind: "document", id: params.documentId };
  return undefined;
}

/** The membership read with the caller's credentials, when it was read for exactly this target. */
export function prefetchedFor(membership: PrefetchedMembership | undefined, target: AccessTarget): PrefetchedMembership | undefined {
  return membership && membership.target.kind === target.kind && membership.target.id === target.id ? membership : undefined;
}
