"use client";
// The members of a project. Owners change roles and remove people here; everyone else reads.
// The server decides either way: a refused change comes back as the message above the table.
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { formatDate } from "@/app/_lib/format";
import { IDLE, type FormState } from "@/app/_lib/form-state";
import { ROLES } from "@/lib/access/permissions";
import { changeMemberAction } from "../actions";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: string;
  addedAt: string;
}

interface Props {
  projectId: string;
  members: MemberView[];
  currentUserId: string;
  manage: boolean;
}

export function MembersTable({ projectId, members, currentUserId, manage }: Props) {
  const [state, dispatch, pending] = useActionState(changeMemberAction.bind(null, projectId), IDLE as FormState);
  return (
    <>
      {manage ? <FormMessage message={state.message} tone={state.status === "idle" ? undefined : state.status} /> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Added</th>
              {manage ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.name}
                  {m.userId === currentUserId ? <span className="muted"> (you)</span> : null}
                </td>
                <td>{m.email}</td>
                <td>
                  {manage ? (
                    <form action={dispatch} className="inline-form">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <input type="hidden" name="name" value={m.name} />
                      <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                        Role of {m.name}
                      </label>
                      <select id={`role-${m.userId}`} name="role" defaultValue={m.role} key={m.role}>
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button-small" disabled={pending} aria-label={`Change role of ${m.name}`}>
                        Change
                      </button>
                    </form>
                  ) : (
                    <span className={`role role-${m.role}`}>{m.role}</span>
                  )}
                </td>
                <td className="nowrap">{formatDate(m.addedAt)}</td>
                {manage ? (
                  <td className="actions">
                    <form action={dispatch}>
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <input type="hidden" name="name" value={m.name} />
                      <button type="submit" className="button-small button-danger" disabled={pending} aria-label={`Remove ${m.name}`}>
                        Remove
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
