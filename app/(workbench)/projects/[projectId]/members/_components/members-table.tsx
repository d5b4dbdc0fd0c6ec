"use client";
// The members of a project. Owners change roles and remove people here; everyone else reads.
// Each row's form is a call of PATCH or DELETE /api/v1/projects/{projectId}/members/{userId}. The
// server decides either way: a refused change comes back as the message above the table.
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { callApi, type ApiResult } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { formatDate } from "@/app/_lib/format";
import { readForm } from "@/app/_lib/read-form";
import { ROLES } from "@/lib/access/permissions";
import { removeMember, updateMember } from "@/lib/http/contracts/projects";
import { ZMemberChange } from "../_lib/member-change";

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
  const router = useRouter();
  const { message, tone, pending, onSubmit } = useApiForm({
    schema: ZMemberChange,
    toInput: (form) => readForm(form, ["intent", "userId", "name", "role"]),
    send: (change): Promise<ApiResult<{ name: string; role: string } | null>> => {
      const params = { projectId, userId: change.userId };
      return change.intent === "role" ? callApi(updateMember, { params, body: { role: change.role } }) : callApi(removeMember, { params });
    },
    onSuccess: (updated, change) => {
      // Someone who removed themselves can no longer see the project.
      if (change.intent === "remove" && change.userId === currentUserId) {
        router.push("/projects");
        return undefined;
      }
      router.refresh();
      return updated ? `${updated.name} is now ${updated.role}.` : `${change.name || "The member"} was removed from the project.`;
    },
  });
  return (
    <>
      {manage ? <FormMessage message={message} tone={tone} /> : null}
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
                    <form onSubmit={onSubmit} className="inline-form">
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
                    <form onSubmit={onSubmit}>
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
