// What a form's action hands back to `useActionState`: a message for the whole form, one message
// per field, and whatever the action made. Plain TypeScript, used in the browser and on the server.

export type FieldErrors = Record<string, string>;

export interface FormState<D = unknown> {
  status: "idle" | "ok" | "error";
  message?: string;
  /** The machine code of a refusal (lib/errors.ts: "forbidden", "not_found", ...), as the API answers it. */
  code?: string;
  fieldErrors?: FieldErrors;
  data?: D;
  /** Changes on every answer, so a form can react to two equal answers in a row. */
  at?: number;
}

export const IDLE: FormState<never> = { status: "idle" };

/** The first message for each top-level field named by a list of zod or AppError issues. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path[0];
    const name = typeof key === "string" ? key : "_form";
    out[name] ??= issue.message;
  }
  return out;
}

/** The first message for each control, keyed by the issue's whole path ("fields.1.options"). */
export function pathErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) out[issue.path.map(String).join(".") || "_form"] ??= issue.message;
  return out;
}

/** "is required" reads as "Name is required"; a message that is already a sentence stays as it is. */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}
