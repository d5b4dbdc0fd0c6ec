"use client";
// The person's tokens: name, prefix, what each reaches and may do, when it was made and last used,
// and a Revoke button that asks for confirmation in a modal dialog first, then calls
// DELETE /api/v1/tokens/{tokenId}.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { formatDateTime, isoString } from "@/app/_lib/format";
import { revokeToken } from "@/lib/http/contracts/accounts";
import { ZRevokeToken } from "../schemas";
import type { ProjectOption } from "./create-token-form";
import { scopeNames } from "./scope-label";

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  projectIds: string[];
  readOnly: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const When = ({ at }: { at: string | null }) =>
  at ? <time dateTime={isoString(at)}>{formatDateTime(at)}</time> : <span className="muted">never</span>;

function Scope({ token, projects }: { token: TokenView; projects: ProjectOption[] }) {
  if (token.projectIds.length === 0) return <span className="muted">All projects</span>;
  return (
    <ul className="token-scope-list">
      {scopeNames(token.projectIds, projects).map((name, i) => (
        <li key={token.projectIds[i]} dir="auto">
          {name}
        </li>
      ))}
    </ul>
  );
}

/** A modal confirmation; focus starts on Cancel, the safe choice, and Escape cancels. */
function ConfirmRevoke({ token, onConfirm, onClose }: { token: TokenView; onConfirm: () => void; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog ref={ref} className="token-dialog" aria-labelledby="revoke-title" aria-describedby="revoke-description" onClose={onClose}>
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
          ref.current?.close();
        }}
      >
        <h2 id="revoke-title">
          Revoke “<span dir="auto">{token.name}</span>”?
        </h2>
        <p id="revoke-description">
          Scripts that use the token starting <code>{token.prefix}…</code> get 401 from now on. A revoked token cannot be restored; create a new one
          instead.
        </p>
        <div className="form-actions">
          <button type="submit" className="button-primary button-destructive">
            Revoke token
          </button>
          <button type="button" className="button-quiet" ref={cancel} onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function TokensTable({ tokens, projects }: { tokens: TokenView[]; projects: ProjectOption[] }) {
  const router = useRouter();
  const { state, message, tone, pending, submit } = useApiForm({
    schema: ZRevokeToken,
    toInput: (form) => ({ tokenId: form.get("tokenId") ?? "", name: form.get("name") ?? undefined }),
    send: ({ tokenId }) => callApi(revokeToken, { params: { tokenId } }),
    onSuccess: (_none, { tokenId, name }) => {
      router.refresh();
      return `Revoked “${name || tokenId}”. Scripts using it now get 401.`;
    },
  });
  const [confirming, setConfirming] = useState<TokenView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The revoked token's button is gone; focus the list's heading, under which the message appears.
  useEffect(() => {
    if (state.status === "ok") heading.current?.focus();
  }, [state]);

  function revoke(token: TokenView) {
    const form = new FormData();
    form.set("tokenId", token.id);
    form.set("name", token.name);
    submit(form);
  }

  return (
    <>
      <h2 id="token-list-heading" ref={heading} tabIndex={-1}>
        Your tokens
      </h2>
      <FormMessage message={message} tone={tone} />
      {tokens.length === 0 ? <p className="empty">No tokens yet.</p> : null}
      <div className="table-scroll" hidden={tokens.length === 0}>
        <table className="data-table token-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Projects</th>
              <th scope="col">Access</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt ? "row-muted" : undefined}>
                <th scope="row" className="row-title" dir="auto">
                  {t.name}
                </th>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>
                  <Scope token={t} projects={projects} />
                </td>
                <td className="nowrap">{t.readOnly ? <span className="token-mode token-mode-read">Read only</span> : <span className="token-mode">Read and write</span>}</td>
                <td className="nowrap">
                  <When at={t.createdAt} />
                </td>
                <td className="nowrap">
                  <When at={t.lastUsedAt} />
                </td>
                <td className="nowrap">
                  {t.revokedAt ? (
                    <>
                      Revoked <When at={t.revokedAt} />
                    </>
                  ) : (
                    <span className="inline-form">
                      <span className="status-live">Active</span>
                      <button type="button" className="button-small button-danger" disabled={pending} aria-label={`Revoke ${t.name}`} onClick={() => setConfirming(t)}>
                        Revoke
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {confirming ? <ConfirmRevoke token={confirming} onConfirm={() => revoke(confirming)} onClose={() => setConfirming(null)} /> : null}
    </>
  );
}
