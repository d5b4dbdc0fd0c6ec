// Work to run once the current transaction has committed (never on rollback): the client's
// `$transaction` (lib/db/client.ts) opens a scope per transaction and runs what was registered in
// it after the commit, in the same request. Keyed, so a transaction that appends many events of
// one project asks for that project's follow-up once. Failures are logged, never thrown: the
// change already committed, and whatever the follow-up owed is picked up later by its owner.
import { AsyncLocalStorage } from "node:async_hooks";

type Scope = Map<string, () => Promise<unknown>>;

const scopes = new AsyncLocalStorage<Scope>();

export function afterCommit(key: string, work: () => Promise<unknown>): void {
  scopes.getStore()?.set(key, work);
}

export async function withAfterCommit<T>(run: () => Promise<T>): Promise<T> {
  const scope: Scope = new Map();
  const result = await scopes.run(scope, run);
  for (const work of scope.values()) {
    try {
      await work();
    } catch (error) {
      console.error("after-commit work failed:", error);
    }
  }
  return result;
}
