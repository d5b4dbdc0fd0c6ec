"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { formatDateTime, isoString } from "@/app/_lib/format";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { revokeTokenAction } from "../actions";

export interface TokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const When = ({ at }: { at: string | null }) =>
  at ? <time dateTime={isoString(at)}>{formatDateTime(at)}</time> : <span className="muted">never</span>;

export function TokensTable({ tokens }: { tokens: TokenView[] }) {
  const [state, dispatch, pending] = useActionState(revokeTokenAction, IDLE as FormState);
  if (tokens.length === 0) return <p className="empty">No tokens yet.</p>;
  return (
    <>
      <FormMessage message={state.message} tone={state.status === "idle" ? undefined : state.status} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className={t.revokedAt ? "row-muted" : undefined}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
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
                    <form action={dispatch} className="inline-form">
                      <span className="status-live">Active</span>
                      <input type="hidden" name="tokenId" value={t.id} />
                      <input type="hidden" name="name" value={t.name} />
                      <button type="submit" className="button-small button-danger" disabled={pending} aria-label={`Revoke ${t.name}`}>
                        Revoke
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
