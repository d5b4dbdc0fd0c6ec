"use client";
// Creates a token and shows its secret once, with a button to copy it.
import { useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/fields";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import { readForm } from "@/app/_lib/read-form";
import { createTokenAction, type NewToken } from "../actions";
import { ZNewToken } from "../schemas";

function NewSecret({ token }: { token: NewToken }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-box" role="status">
      <p>
        <strong>Copy the token “{token.name}” now.</strong> It is shown only once; only its hash is kept.
      </p>
      <label htmlFor="new-token-secret" className="visually-hidden">
        New token secret
      </label>
      <input id="new-token-secret" className="secret" readOnly value={token.token} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="button-small"
        onClick={() => void navigator.clipboard?.writeText(token.token).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

export function CreateTokenForm() {
  const { state, errors, message, tone, pending, onSubmit } = useValidatedAction<NewToken>({
    action: createTokenAction,
    schema: ZNewToken,
    toInput: (form) => readForm(form, ["name"], ["name"]),
  });
  return (
    <>
      <FormMessage message={message} tone={tone} />
      {state.status === "ok" && state.data ? <NewSecret token={state.data} /> : null}
      <form key={state.status === "ok" ? state.at : "new"} onSubmit={onSubmit} noValidate className="form-inline" aria-labelledby="new-token-heading">
        <TextField idPrefix="tok" name="name" label="Name" optional maxLength={100} placeholder="e.g. R import script" error={errors.name} />
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
    </>
  );
}
