// Binds a route handler to its contract: the contract authenticates the caller when it says so,
// and its query and body schemas are the ones that validate the request. Body and query are read
// when the handler asks (after its access check), so an outsider still learns nothing from a 400.
// What needs no access check is refused before the handler runs, on every route at once: a query
// key the contract does not declare (400 naming it), and a body declared larger than the route takes.
import type * as z from "zod";
import { accessTargetOf } from "../access/access-target";
import { type Actor, authenticate } from "../auth/authenticate-request";
import type { PathParams, RouteContract } from "./contract";
import { DEFAULT_MAX_BODY_BYTES, readJson, readQuery, tooLarge } from "./read-json";
import { refuseUnknownQuery } from "./refuse-unknown-query";
import { route } from "./route";

export interface HandlerInput<C extends RouteContract> {
  req: Request;
  params: PathParams<C["path"]>;
  /** The authenticated caller when the contract requires one. */
  actor: C["auth"] extends "required" ? Actor : null;
  /** The JSON body, validated by the contract's `body` schema (400/413/415 otherwise). */
  body: C["body"] extends z.ZodType ? () => Promise<z.output<C["body"]>> : never;
  /** The search parameters, validated by the contract's `query` schema. */
  query: C["query"] extends z.ZodObject ? () => z.output<C["query"]> : never;
}

export type ContractHandler<C extends RouteContract> = ((req: Request, ctx: { params: Promise<PathParams<C["path"]>> }) => Promise<Response>) & {
  readonly contract: C;
};

function missing(contract: RouteContract, what: string): never {
  throw new Error(`${contract.method} ${contract.path} reads a ${what} its contract does not declare`);
}

export function handle<const C extends RouteContract>(contract: C, fn: (input: HandlerInput<C>) => Promise<Response>): ContractHandler<C> {
  const handler = route<PathParams<C["path"]>>(async (req, params) => {
    // The caller's membership in the project the path names is read with their credentials.
    const actor = contract.auth === "required" ? await authenticate(req, accessTargetOf(params)) : null;
    const { body, query, maxBodyBytes } = contract;
    refuseUnknownQuery(new URL(req.url), contract);
    if (!contract.rawBody) {
      const ceiling = maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (Number(req.headers.get("content-length") ?? 0) > ceiling) throw tooLarge(ceiling);
    }
    const input = {
      req,
      params,
      actor,
      body: () => (body ? readJson(req, body, maxBodyBytes ? { maxBytes: maxBodyBytes } : {}) : missing(contract, "body")),
      query: () => (query ? readQuery(req, query) : missing(contract, "query")),
    };
    return fn(input as unknown as HandlerInput<C>);
  });
  return Object.assign(handler, { contract });
}

/** The contract a route handler was built from, if any (the OpenAPI coverage test asks). */
export function contractOf(handler: unknown): RouteContract | undefined {
  return (handler as { contract?: RouteContract } | null)?.contract;
}
