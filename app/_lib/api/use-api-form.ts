"use client";
// A form that talks to an /api/v1 route through callApi: checked in the browser with the route's
// schema, sent, and answered beside its fields. `pending` stays true from the click until the
// success callback's work is done (a router.push or router.refresh started there included), so
// the button cannot be pressed twice. After a refusal the form keeps what the person typed and
// the first control in error gets the focus.
//
//   const form = useApiForm({
//     schema: ZCreateProject,
//     toInput: (f) => readForm(f, ["name", "description"], ["description"]),
//     send: (body) => callApi(createProject, { body }),
//     onSuccess: (project) => router.push(`/projects/${project.id}`),
//   });
//   <form onSubmit={form.onSubmit}> … error={form.errors.name} … disabled={form.pending}
import { type FormEvent, useState, useTransition } from "react";
import { type FieldErrors, type FormState, IDLE } from "../form-state";
import { type ApiFormSubmission, submitApiForm } from "./submit-api-form";

/** What the success callback may answer: a message to show, a whole state (an error after all), or nothing. */
type SuccessAnswer<D> = string | FormState<D> | void;

export interface ApiFormOptions<I, D> extends ApiFormSubmission<I, D> {
  /** After a success: refresh or move on, and say what happened. */
  onSuccess?: (data: D, input: I) => SuccessAnswer<D> | Promise<SuccessAnswer<D>>;
}

function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors | undefined): void {
  const first = errors ? Object.keys(errors)[0] : undefined;
  const control = first && form ? form.elements.namedItem(first) : null;
  if (control instanceof HTMLElement) control.focus();
}

function afterSuccess<D>(state: FormState<D>, answer: SuccessAnswer<D>): FormState<D> {
  if (typeof answer === "string") return { ...state, message: answer };
  if (answer) return { at: Date.now(), ...answer };
  return state;
}

export function useApiForm<I, D>(options: ApiFormOptions<I, D>) {
  const [state, setState] = useState<FormState<D>>(IDLE as FormState<D>);
  const [pending, startTransition] = useTransition();

  /** Sends a form's data; `element` (when there is one) gets the focus moved to its first error. */
  function submit(data: FormData, element: HTMLFormElement | null = null): void {
    startTransition(async () => {
      const { state: answered, input } = await submitApiForm(options, data);
      let next = answered;
      if (answered.status === "ok" && options.onSuccess) next = afterSuccess(answered, await options.onSuccess(answered.data as D, input as I));
      startTransition(() => setState(next));
      if (next.status === "error") focusFirstInvalid(element, next.fieldErrors);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    submit(new FormData(event.currentTarget), event.currentTarget);
  }

  const errors: FieldErrors = state.fieldErrors ?? {};
  const tone: "error" | "ok" | undefined = state.status === "idle" ? undefined : state.status;
  return { state, errors, message: state.message, tone, pending, onSubmit, submit };
}
