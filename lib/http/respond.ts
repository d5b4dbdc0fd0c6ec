// Turns results and errors into the API's JSON responses. Unknown errors are logged and answered
// with a generic 500 that reveals nothing of the server.
import { AppError, fromDatabaseError } from "../errors";
import { logError } from "../security/log-error";

const JSON_TYPE = "application/json; charset=utf-8";

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), { status, headers: { "content-type": JSON_TYPE, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function errorResponse(error: unknown): Response {
  const refused = fromDatabaseError(error);
  if (refused) {
    console.warn("database refused a value from a request:", (error as Error).message?.split("\n").at(-1));
    return errorResponse(refused);
  }
  if (error instanceof AppError) {
    return json(
      { error: { code: error.code, message: error.message, issues: error.issues, ...error.details } },
      error.status,
      error.code === "unauthorized" ? { "www-authenticate": 'Bearer realm="api"' } : {},
    );
  }
  // A unique key taken: Prisma's code, or PostgreSQL's own from the `postgres` client.
  if (prismaCode(error) === "P2002" || prismaCode(error) === "23505") {
    return json({ error: { code: "conflict", message: "That already exists.", issues: [] } }, 409);
  }
  logError("unhandled error", error);
  return json({ error: { code: "internal", message: "Something went wrong on the server.", issues: [] } }, 500);
}
