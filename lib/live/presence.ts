// Who is reading which document, across every app instance: each open reader announces itself on
// the `presence` channel every few seconds; an entry not heard from for a while has left.
import * as z from "zod";
import { publish, subscribe } from "./channel";

export const HEARTBEAT_MS = 10_000;
const EXPIRE_MS = 3 * HEARTBEAT_MS;

const ZPresence = z.object({
  documentId: z.string(),
  connectionId: z.string(),
  userId: z.string(),
  name: z.string(),
  op: z.enum(["here", "leave"]),
});
export type PresenceMessage = z.infer<typeof ZPresence>;
export interface Viewer {
  userId: string;
  name: string;
}

const seen = new Map<string, Map<string, { userId: string; name: string; at: number }>>();
const watchers = new Map<string, Set<(viewers: Viewer[]) => void>>();
let started: Promise<unknown> | undefined;

export function viewersOf(documentId: string, now = Date.now()): Viewer[] {
  const byUser = new Map<string, Viewer>();
  for (const [id, v] of seen.get(documentId) ?? []) {
    if (now - v.at > EXPIRE_MS) seen.get(documentId)?.delete(id);
    else byUser.set(v.userId, { userId: v.userId, name: v.name });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function heard(raw: unknown): void {
  const parsed = ZPresence.safeParse(raw);
  if (!parsed.success) return;
  const m = parsed.data;
  const doc = seen.get(m.documentId) ?? new Map();
  seen.set(m.documentId, doc);
  const before = JSON.stringify(viewersOf(m.documentId));
  if (m.op === "leave") doc.delete(m.connectionId);
  else doc.set(m.connectionId, { userId: m.userId, name: m.name, at: Date.now() });
  const after = viewersOf(m.documentId);
  if (JSON.stringify(after) !== before) for (const fn of watchers.get(m.documentId) ?? []) fn(after);
}

export async function watchPresence(documentId: string, fn: (viewers: Viewer[]) => void): Promise<() => void> {
  started ??= subscribe("presence", heard);
  await started;
  const set = watchers.get(documentId) ?? new Set();
  watchers.set(documentId, set);
  set.add(fn);
  return () => set.delete(fn);
}

export function announce(message: PresenceMessage): Promise<void> {
  return publish("presence", message);
}
