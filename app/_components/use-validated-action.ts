"use client";
// A form wired to a browser function through `useActionState` (signing in through next-auth, whose
// routes are not the API's), validated first with a zod schema. Forms that call the API use
// useApiForm (app/_lib/api/use-api-form.ts) instead. Submitting by hand (not through the form's
// `action`) keeps what the person typed when the server answers with an error.
import { type FormEvent, startTransition, useActionState, useState } from "react";
import type { ZodType } from "zod";
import { type FieldErrors, fieldErrorsOf, type FormState, IDLE } from "../_lib/form-state";

export interface ValidatedActionOptions<D> {
  action: (state: FormState<D>, form: FormData) => Promise<FormState<D>>;
  schema: ZodType;
  toInput: (form: FormData) => unknown;
}

function focusFirstInvalid(form: HTMLFormElement, errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  const control = first ? form.elements.namedItem(first) : null;
  if (control instanceof HTMLElement) control.focus();
}

export function useValidatedAction<D>({ action, schema, toInput }: ValidatedActionOptions<D>) {
  const [state, dispatch, pending] = useActionState(action, IDLE as FormState<D>);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = schema.safeParse(toInput(data));
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error.issues);
      setClientErrors(errors);
      focusFirstInvalid(form, errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }

  const errors: FieldErrors = clientErrors ?? state.fieldErrors ?? {};
  const message = clientErrors ? "Check the fields marked below." : state.message;
  const tone: "error" | "ok" | undefined = clientErrors ? "error" : state.status === "idle" ? undefined : state.status;
  return { state, errors, message, tone, pending, onSubmit, dispatch };
}
