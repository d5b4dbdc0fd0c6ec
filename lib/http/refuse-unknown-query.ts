// A query key a route does not declare is a 400 naming it, on every route built from a contract:
// a misspelt filter (`?staus=approved`) must never quietly answer the unfiltered list.
import { AppError } from "../errors";
import type { RouteContract } from "./contract";

/** The query keys a contract declares (none when it declares no query). */
export function declaredQueryKeys(contract: Pick<RouteContract, "query">): string[] {
  return contract.query ? Object.keys(contract.query.shape) : [];
}

export function refuseUnknownQuery(url: URL, contract: Pick<RouteContract, "query">): void {
  const known = new Set(declaredQueryKeys(contract));
  const unknown = [...new Set(url.searchParams.keys())].filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  const takes = known.size ? `This route takes ${[...known].map((k) => `\`${k}\``).join(", ")}.` : "This route takes no query parameters.";
  throw new AppError("invalid_input", `Unknown query parameter${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `\`${k}\``).join(", ")}. ${takes}`, {
    issues: unknown.map((key) => ({ path: [key], message: "Unknown query parameter" })),
  });
}
