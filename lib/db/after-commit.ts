// Work to run once the current transaction has committed (never on rollback): the client's
// `$transaction` (lib/db/client.ts) opens a scope per transaction and runs what was registered in
// it after the commit, in the same request. Keyed, so a transaction that appends many events of
// one project asks for that project's follow-up once. Failures are logged, never thrown: the
// change already committed, and whatever the follow-up owed is picked up later by its owner.
import { AsyncLocalStorage } from "node:async_hooks";

type Scope = Map<string, () => Promise<unknown>>;

// One store per process, kept on globalThis like the database client: Next bundles this module into
// several server chunks (instrumentation, each route), and the client that opens a scope is created
// once, by whichever chunk asks first. Module-local stores would leave other chunks' registrations in
// no scope, and their after-commit work (sequencing the Merkle log) would silently never run.
const holder = globalThis as unknown as { afterCommitScopes?: AsyncLocalStorage<Scope> };
const scopes = (holder.afterCommitScopes ??= new AsyncLocalStorage<Scope>());

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
