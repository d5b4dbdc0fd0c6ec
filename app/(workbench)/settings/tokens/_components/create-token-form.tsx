"use client";
// Creates a token: a name, which projects it reaches (all, or the ones ticked) and whether it may
// change anything, sent with the browser's session to POST /api/v1/session/tokens. The secret is
// shown once, with a button to copy it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/app/_components/fields";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { createSessionToken } from "@/lib/http/contracts/accounts";
import { newTokenInput, tokenBodyOf, ZNewToken } from "../schemas";
import { NewSecret } from "./new-secret";

export interface ProjectOption {
  id: string;
  name: string;
}

function ProjectChoice({ projects, error }: { projects: ProjectOption[]; error: string | undefined }) {
  const [scope, setScope] = useState<"all" | "some">("all");
  const none = projects.length === 0;
  return (
    <fieldset className="token-choice" aria-describedby={error ? "tok-projects-error" : undefined}>
      <legend>Projects</legend>
      <label className="token-option">
        <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} />
        All my projects, including ones I join later
      </label>
      <label className="token-option">
        <input type="radio" name="scope" value="some" checked={scope === "some"} onChange={() => setScope("some")} disabled={none} />
        Only the projects ticked below
      </label>
      {none ? (
        <p className="field-hint">You belong to no project yet.</p>
      ) : (
        <ul className="token-projects" aria-label="Projects the token may reach">
          {projects.map((p) => (
            <li key={p.id}>
              <label className="token-option">
                <input type="checkbox" name="projects" value={p.id} disabled={scope !== "some"} aria-invalid={error ? true : undefined} />
                <span dir="auto">{p.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="field-error" id="tok-projects-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function AccessChoice() {
  return (
    <fieldset className="token-choice">
      <legend>Access</legend>
      <label className="token-option">
        <input type="radio" name="access" value="write" defaultChecked />
        Read and write: acts as you, within your role in each project
      </label>
      <label className="token-option">
        <input type="radio" name="access" value="read" />
        Read only: any change is refused (403)
      </label>
    </fieldset>
  );
}

export function CreateTokenForm({ projects }: { projects: ProjectOption[] }) {
  const router = useRouter();
  const { state, errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZNewToken,
    toInput: newTokenInput,
    send: (input) => callApi(createSessionToken, { body: tokenBodyOf(input) }),
    // The list below gains the new token.
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <FormMessage message={message} tone={tone} />
      {state.status === "ok" && state.data ? <NewSecret token={state.data} projects={projects} /> : null}
      <form key={state.status === "ok" ? state.at : "new"} onSubmit={onSubmit} noValidate className="form-stack token-form" aria-labelledby="new-token-heading">
        <TextField idPrefix="tok" name="name" label="Name" optional maxLength={100} placeholder="e.g. R import script" error={errors.name} />
        <div className="token-choices">
          <ProjectChoice projects={projects} error={errors.projects} />
          <AccessChoice />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
    </>
  );
}
