// The URL of a call: the contract's path under /api/v1 with its parameters filled in (each
// encoded, so an id can never change the path), then the query. Plain TypeScript.
import type { RouteContract } from "@/lib/http/contract";

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export function apiUrl(contract: Pick<RouteContract, "path">, params: Readonly<Record<string, string>>, query?: Readonly<Record<string, QueryValue>>): string {
  const path = contract.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${contract.path}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined && v !== null) search.append(key, String(v));
  }
  const qs = search.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ""}`;
}
