// Checks an import before it is sent, with the same zod schema the API uses, plus what only the
// browser can check early: that there is a text at all, and that it is not too large. Errors on
// `html` belong to the same place in the form as `text` (the source box).
import type * as z from "zod";
import { type FieldErrors, fieldErrorsOf } from "@/app/_lib/form-state";
import { type SourceText, sourceBody, sourceProblem } from "./source-text";

export type CheckResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Field errors with `html` reported on the source box, which the form calls `text`. */
export function sourceFieldErrors(errors: FieldErrors): FieldErrors {
  const { html, ...rest } = errors;
  return html && !rest.text ? { ...rest, text: html } : rest;
}

export function checkImport<S extends z.ZodType>(schema: S, fields: Record<string, string>, source: SourceText | null): CheckResult<z.infer<S>> {
  const errors: FieldErrors = {};
  if (!source) errors.text = "Paste the text, or choose or drop a file.";
  const tooLarge = source ? sourceProblem(source) : null;
  if (tooLarge) errors.text = tooLarge;
  const parsed = schema.safeParse({ ...fields, ...(source ? sourceBody(source) : {}) });
  if (!parsed.success) Object.assign(errors, { ...sourceFieldErrors(fieldErrorsOf(parsed.error.issues)), ...errors });
  return Object.keys(errors).length || !parsed.success ? { ok: false, errors } : { ok: true, data: parsed.data };
}

/** Moves keyboard focus to the first field named in `errors`, so the person lands on the problem. */
export function focusFirstError(form: HTMLFormElement, errors: FieldErrors, sourceId: string, source: SourceText | null): void {
  const first = Object.keys(errors)[0];
  if (!first) return;
  // In the source box, the control already marked invalid (a refused file) wins.
  const control =
    first === "text"
      ? (form.querySelector(`#${sourceId}-file[aria-invalid="true"]`) ?? document.getElementById(source?.origin === "file" ? `${sourceId}-file` : `${sourceId}-paste`))
      : form.elements.namedItem(first);
  if (control instanceof HTMLElement) control.focus();
}
