// Next's request-scoped stores are built on the AsyncLocalStorage its server puts on globalThis
// at startup, read once when their modules load. Import this first wherever Next's request scope
// is needed outside Next's server (test/support/next-request-scope.ts).
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
