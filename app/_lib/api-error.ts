// Turns an API error answer into what a form shows: one sentence for the whole form and the first
// message for each field named by `error.issues`. Plain TypeScript, for the browser.
import { type FieldErrors, fieldErrorsOf } from "./form-state";

export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  fieldErrors: FieldErrors;
  /** Every issue with its whole path ("fields.count.value"), for forms with nested fields. */
  issues: { path: string; message: string }[];
  /** The answer's whole \`error\` object, for what some answers add (a 409's \`current\`). */
  error: Record<string, unknown> | null;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
}

const FALLBACK: Record<number, string> = {
  0: "Could not reach the server. Check your connection and try again; nothing was changed.",
  401: "Your session has ended. Sign in again in another tab, then retry.",
  403: "Your role in this project does not allow this.",
  404: "This no longer exists, or you cannot see it.",
  413: "This is larger than the server accepts.",
};

function issuesOf(value: unknown): { path: PropertyKey[]; message: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((i: unknown) => {
    const issue = i as { path?: unknown; message?: unknown };
    return Array.isArray(issue.path) && typeof issue.message === "string" ? [{ path: issue.path as PropertyKey[], message: issue.message }] : [];
  });
}

export function apiFailure(status: number, body: unknown): ApiFailure {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === "string" ? error.code : status === 0 ? "network" : "unknown";
  const message =
    typeof error?.message === "string" && error.message
      ? error.message
      : (FALLBACK[status] ?? "Something went wrong on the server; nothing was changed.");
  const issues = issuesOf(error?.issues);
  return { status, code, message, fieldErrors: fieldErrorsOf(issues), issues: issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })), error: (error as Record<string, unknown> | undefined) ?? null };
}
