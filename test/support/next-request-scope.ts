// Runs a route handler inside Next's request scope (the work store and request store Next sets
// up for each request), so code that reads `cookies()` and `headers()` from next/headers (next-auth's
// own route) can be called in-process like any other handler. Next's server does the same setup.
import "./next-async-storage";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface NextScope {
  workAsyncStorage: { run<T>(store: unknown, fn: () => T): T };
  workUnitAsyncStorage: { run<T>(store: unknown, fn: () => T): T };
  createWorkStore(context: unknown): unknown;
  createRequestStoreForAPI(req: unknown, url: unknown, implicitTags: unknown, onUpdateCookies: unknown, previewProps: unknown): unknown;
}

let scope: NextScope | undefined;

/** Loaded through require: next/headers is CommonJS and must see the very same stores. */
function nextScope(): NextScope {
  if (scope) return scope;
  scope = {
    ...require("next/dist/server/app-render/work-async-storage.external"),
    ...require("next/dist/server/app-render/work-unit-async-storage.external"),
    ...require("next/dist/server/async-storage/work-store"),
    ...require("next/dist/server/async-storage/request-store"),
  } as NextScope;
  return scope;
}

export async function inNextRequestScope<T>(req: Request, page: string, fn: () => Promise<T>): Promise<T> {
  const next = nextScope();
  const work = next.createWorkStore({ page, renderOpts: { experimental: {} }, isPrefetchRequest: false, buildId: "test" });
  const request = next.createRequestStoreForAPI(req, new URL(req.url), { tags: [], expirationsByCacheKind: new Map() }, undefined, undefined);
  return next.workAsyncStorage.run(work, () => next.workUnitAsyncStorage.run(request, fn));
}
