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
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** What a 400 says when the body's shape was wrong; its issues name the fields. */
export const INVALID_BODY_MESSAGE = "The request is not valid.";

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

  static fromZod(error: ZodError, message = INVALID_BODY_MESSAGE): AppError {
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

/**
 * What PostgreSQL's "data exception" and "program limit" errors mean for a request: a value it
 * cannot take (the client's to fix, so 400), not a fault of the server. The boundary schemas
 * should refuse such values first, naming the field; this is the net under them.
 */
const DATABASE_INPUT_ERRORS: Readonly<Record<string, string>> = {
  "22001": "a text is longer than its column allows",
  "22003": "a number is out of the range the database can store",
  "22007": "a date or time is not valid",
  "22008": "a date or time is out of the range the database can store",
  "22021": "a text holds a character the database cannot store (such as NUL, U+0000)",
  "22P02": "a value is not valid for its type",
  "22P05": "a text holds a character or escape the database cannot store (such as \\u0000 in JSON)",
  "2201B": "a pattern is not a valid regular expression",
  "54000": "a value is too large for the database to store or index",
  P2000: "a text is longer than its column allows",
  P2020: "a number is out of the range the database can store",
  P2033: "a number is too large for the database",
};

/** The SQLSTATE (or Prisma code) of a database error, from postgres.js, pg or Prisma's driver adapter. */
function databaseCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } }; cause?: { originalCode?: unknown } } | null;
  const codes = [e?.meta?.driverAdapterError?.cause?.originalCode, e?.cause?.originalCode, e?.code];
  return codes.find((c): c is string => typeof c === "string" && c in DATABASE_INPUT_ERRORS);
}

export function fromDatabaseError(error: unknown): AppError | undefined {
  const code = databaseCode(error);
  if (!code) return undefined;
  return new AppError("invalid_input", `The request holds a value the database cannot store: ${DATABASE_INPUT_ERRORS[code]}.`, {
    issues: [{ path: [], message: DATABASE_INPUT_ERRORS[code] ?? "cannot be stored" }],
  });
}
