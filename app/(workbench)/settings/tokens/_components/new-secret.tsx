"use client";
// The new token's secret, shown once: selected on focus, with a copy button that says when it worked.
import { useState } from "react";
import type { Answer } from "@/app/_lib/api/call-api";
import type { createSessionToken } from "@/lib/http/contracts/accounts";
import type { ProjectOption } from "./create-token-form";
import { scopeLabel } from "./scope-label";

export function NewSecret({ token, projects }: { token: Answer<typeof createSessionToken>; projects: ProjectOption[] }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = () =>
    void navigator.clipboard?.writeText(token.token).then(
      () => setCopied("yes"),
      () => setCopied("no"),
    );
  return (
    <div className="secret-box" role="status">
      <p>
        <strong>Copy the token “{token.name}” now.</strong> It is shown only once; only its hash is kept. It reaches{" "}
        {scopeLabel(token.projects, projects)} and may {token.readOnly ? "only read" : "read and write"}.
      </p>
      <label htmlFor="new-token-secret" className="visually-hidden">
        New token secret
      </label>
      <input id="new-token-secret" className="secret" readOnly value={token.token} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button-small" onClick={copy}>
        {copied === "yes" ? "Copied" : "Copy"}
      </button>
      {copied === "no" ? <p className="field-error">The browser did not allow copying; select the token and copy it by hand.</p> : null}
    </div>
  );
}
