// One error type for the whole app. Its code maps to an HTTP status in one table, so lib code
// says what went wrong and the HTTP layer decides how to answer.
import type { ZodError } from "zod";

export const ERROR_STATUS = {
  invalid_input: 400,
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  signup_closed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { issues?: ErrorIssue[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static fromZod(error: ZodError, message = "The request is not valid."): AppError {
    const issues = error.issues.flatMap((i) => {
      const path = i.path.filter((p): p is string | number => typeof p !== "symbol");
      // Name each unexpected key in its own path, so a client sees exactly which field to drop.
      if (i.code === "unrecognized_keys") return i.keys.map((k) => ({ path: [...path, k], message: "Unrecognized key" }));
      return [{ path, message: i.message }];
    });
    return new AppError("invalid_input", message, { issues });
  }
}

export const notFound = (what = "resource") => new AppError("not_found", `No such ${what}, or you cannot see it.`);
