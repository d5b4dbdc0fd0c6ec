"use client";
// Owners describe a new claim type as a list of typed fields. The same zod schema checks the form
// here and in the server action; each error is shown beside its control.
import { type FormEvent, startTransition, useActionState, useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { type FieldErrors, type FormState, IDLE } from "@/app/_lib/form-state";
import { ZCreateClaimType } from "@/lib/claims/types/custom";
import { claimTypeInput, pathErrors } from "../_lib/claim-type-input";
import { createClaimTypeAction } from "../actions";
import { FieldRow } from "./field-row";

interface Row {
  key: number;
  kind: string;
}

export function ClaimTypeForm({ projectId }: { projectId: string }) {
  const [state, dispatch, pending] = useActionState(createClaimTypeAction.bind(null, projectId), IDLE as FormState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [rows, setRows] = useState<Row[]>([{ key: 0, kind: "text" }]);
  const nextKey = useRef(1);
  const [seenOk, setSeenOk] = useState<number | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  // After a type was added, start again with an empty form (a new generation remounts the inputs).
  if (state.status === "ok" && state.at !== seenOk) {
    setSeenOk(state.at);
    setGeneration((g) => g + 1);
    setRows([{ key: 0, kind: "text" }]);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCreateClaimType.safeParse(claimTypeInput(data));
    if (!parsed.success) {
      const errors = pathErrors(parsed.error.issues);
      setClientErrors(errors);
      const first = Object.keys(errors)[0];
      const control = first ? event.currentTarget.elements.namedItem(first) : null;
      if (control instanceof HTMLElement) control.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }

  const errors = clientErrors ?? state.fieldErrors ?? {};
  const message = clientErrors ? "Check the fields marked below." : state.message;
  const tone = clientErrors ? "error" : state.status === "idle" ? undefined : state.status;
  const setKind = (key: number, kind: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, kind } : r)));
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="new-type-heading">
      <FormMessage message={message} tone={tone} />
      <div key={generation} className="form-stack">
        <div className={errors.name ? "field field-invalid" : "field"}>
          <label htmlFor="ct-name">Name</label>
          <input id="ct-name" name="name" required maxLength={40} placeholder="detention_site" autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "ct-name-error ct-name-hint" : "ct-name-hint"} />
          <p className="field-hint" id="ct-name-hint">
            Lowercase letters, digits and _; this is the type&apos;s id in the API.
          </p>
          {errors.name ? (
            <p className="field-error" id="ct-name-error">
              Name {errors.name}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="ct-description">
            Description <span className="field-optional">(optional)</span>
          </label>
          <input id="ct-description" name="description" maxLength={2000} dir="auto" />
        </div>
      {errors.fields ? <p className="field-error">Fields: {errors.fields}</p> : null}
      {rows.map((r, i) => (
        <FieldRow key={r.key} index={i} kind={r.kind} errors={errors} onKind={(k) => setKind(r.key, k)} onRemove={rows.length > 1 ? () => setRows((rs) => rs.filter((x) => x.key !== r.key)) : null} />
      ))}
      </div>
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={() => setRows((rs) => [...rs, { key: nextKey.current++, kind: "text" }])}>
          Add a field
        </button>
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Adding…" : "Add claim type"}
        </button>
      </div>
    </form>
  );
}
