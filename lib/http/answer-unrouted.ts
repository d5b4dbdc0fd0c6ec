// The answers for requests no route takes, in the API's error shape like every other answer under
// /api/v1: a path no route has (404) and a method the route lacks (405, with `Allow`).
import { AppError } from "../errors";
import { errorResponse } from "./respond";

export function answerUnknownPath(req: Request): Response {
  const { pathname } = new URL(req.url);
  return errorResponse(new AppError("not_found", `No route answers ${pathname}. Every route is listed in /api/v1/openapi.json.`));
}

export function answerMethodNotAllowed(method: string, pathname: string, allow: readonly string[]): Response {
  const res = errorResponse(new AppError("method_not_allowed", `${pathname} does not take ${method}; it takes ${allow.join(", ")}.`));
  res.headers.set("allow", allow.join(", "));
  return res;
}
