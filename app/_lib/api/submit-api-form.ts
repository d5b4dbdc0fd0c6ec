// What a form does when it is submitted, without React: check the fields with the same zod schema
// the route checks (so a mistake is shown before anything is sent), send them through callApi, and
// turn the answer into a form state. A refusal's issues land beside the controls they name; a 400
// that only says the body was invalid reads as the form's own "Check the fields marked below.".
import type { ZodType } from "zod";
import { INVALID_BODY_MESSAGE } from "@/lib/errors";
import type { ApiFailure } from "../api-error";
import { type FieldErrors, fieldErrorsOf, type FormState, pathErrorsOf } from "../form-state";
import type { ApiResult } from "./call-api";

export const CHECK_FIELDS = "Check the fields marked below.";

/**
 * "field": an issue is keyed by its first path segment (`name`), as most forms name their controls;
 * "path": by its whole path (`fields.1.options`), for forms with numbered or nested controls.
 */
export type ErrorKeys = "field" | "path";

export interface ApiFormSubmission<I, D> {
  /** The form's schema; usually the route contract's body schema, or one built on it. */
  schema: ZodType<I>;
  /** The submitted form as the plain object the schema reads. */
  toInput: (form: FormData) => unknown;
  /** One callApi of the route: `(input) => callApi(contract, { params, body: input })`. */
  send: (input: I, form: FormData) => Promise<ApiResult<D>>;
  errorKeys?: ErrorKeys;
}

const errorsOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[], keys: ErrorKeys): FieldErrors => (keys === "field" ? fieldErrorsOf(issues) : pathErrorsOf(issues));

/** A refused call as a form state: the server's sentence and its issues keyed as the form's controls. */
export function failureState(failure: ApiFailure, keys: ErrorKeys = "field"): FormState<never> {
  const fieldErrors: FieldErrors = keys === "field" ? failure.fieldErrors : {};
  if (keys === "path") for (const issue of failure.issues) fieldErrors[issue.path || "_form"] ??= issue.message;
  const message = failure.code === "invalid_input" && failure.message === INVALID_BODY_MESSAGE ? CHECK_FIELDS : failure.message;
  return { status: "error", code: failure.code, message, fieldErrors, at: Date.now() };
}

/** Checks, sends and answers; never throws. `sent` is false when the browser's check refused the form. */
export async function submitApiForm<I, D>(options: ApiFormSubmission<I, D>, form: FormData): Promise<{ state: FormState<D>; input?: I; sent: boolean }> {
  const parsed = options.schema.safeParse(options.toInput(form));
  if (!parsed.success) {
    return { state: { status: "error", code: "invalid_input", message: CHECK_FIELDS, fieldErrors: errorsOf(parsed.error.issues, options.errorKeys ?? "field"), at: Date.now() }, sent: false };
  }
  const result = await options.send(parsed.data, form);
  if (!result.ok) return { state: failureState(result.failure, options.errorKeys), input: parsed.data, sent: true };
  return { state: { status: "ok", data: result.data, at: Date.now() }, input: parsed.data, sent: true };
}
