// What the fuzz needs to know of one write route: who may call it, how to make a valid request
// against real data, and how to read an accepted request's result back.
import { call, type JsonBody } from "../api";
import type { Principal, Space } from "./fuzz-world";

export interface ValidRequest {
  params: Record<string, string>;
  query?: string;
  body?: unknown;
  /** Other valid bodies, so mutations start from every shape the route accepts. */
  alternatives?: unknown[];
  /** Headers every case carries (a browser session's cookie) unless the case replaces them. */
  headers?: Record<string, string>;
}

export interface Accepted {
  valid: ValidRequest;
  /** The path parameters the accepted request was sent with (loosely typed, as answers are). */
  params: JsonBody;
  body: JsonBody;
}

export interface FuzzTarget {
  principals: readonly Principal[];
  prepare(space: Space): Promise<ValidRequest>;
  /** Reads an accepted request's result back through the API; throws when it cannot. */
  readBack(space: Space, accepted: Accepted): Promise<void>;
  /** "always" (default): an accepted request uses the fixture up (a draft submitted, a token revoked). */
  renew?: "always" | "never";
  /** Tables a refused request writes to by design. */
  writesWhenRefused?: readonly string[];
}

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** GETs through a handler and insists on a 200. */
export async function readable<P>(handler: Handler<P>, params: P, token: string | undefined, url?: string): Promise<JsonBody> {
  const res = await call(handler, { params, token, url });
  if (res.status !== 200) throw new Error(`read back answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`read back: ${what}`);
}
