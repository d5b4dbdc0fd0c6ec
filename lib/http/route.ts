// Wraps a route handler: awaits Next's params, validates them, and maps every thrown error to the
// API's error shape, so each route file is only "authenticate, parse, call lib, answer".
import { notFound } from "../errors";
import { errorResponse } from "./respond";

type Ctx<P> = { params: Promise<P> };

export function route<P = Record<string, never>>(
  fn: (req: Request, params: P) => Promise<Response>,
): (req: Request, ctx: Ctx<P>) => Promise<Response> {
  return async (req, ctx) => {
    try {
      const params = ((await ctx?.params) ?? {}) as P;
      // No id holds NUL, and PostgreSQL refuses it in any text it is compared with.
      if (Object.values(params as Record<string, unknown>).some((v) => typeof v === "string" && v.includes("\u0000"))) throw notFound();
      return await fn(req, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
