// Answers worth keeping between requests, each kept for one state of its project: the state is
// named by the head of the project's event log (its last sequence number and hash). Every change
// to a project writes its event in the same transaction, and the event joins the log as that
// transaction commits, so any change a reader could see moves the head; an answer kept under an
// older head is never given again. The head is read before the answer is computed, so a kept
// answer is never older than the head it is kept under (at worst newer, which is harmless).
// Kept in the process's memory: a few hundred answers, the least recently used dropped first; two
// requests missing at once share one computation.
import { sql } from "../db/sql";

const MAX_KEPT = 200;

const kept = new Map<string, { head: string; value: Promise<unknown> }>();

/** The head of the project's event log: "seq:hash", or "0" before its first event. */
export async function projectHead(projectId: string): Promise<string> {
  const [head] = await sql()<{ seq: number; hash: string }[]>`
    SELECT seq, hash FROM "Event" WHERE "projectId" = ${projectId} ORDER BY seq DESC LIMIT 1`;
  return head ? `${head.seq}:${head.hash}` : "0";
}

/** `compute()`'s answer for `key` in the project's current state: kept from an earlier call at the same head, or computed now. */
export async function cachedAtHead<T>(projectId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const head = await projectHead(projectId);
  const name = `${projectId}\u0000${key}`;
  const hit = kept.get(name);
  if (hit && hit.head === head) {
    kept.delete(name);
    kept.set(name, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  kept.delete(name);
  kept.set(name, { head, value });
  // A failure is not kept: the next request tries again.
  value.catch(() => {
    if (kept.get(name)?.value === value) kept.delete(name);
  });
  while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  return value;
}
