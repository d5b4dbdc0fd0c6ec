"use client";
// Owners add someone who already has an account, through the API
// (POST /api/v1/projects/{projectId}/members).
import { useRouter } from "next/navigation";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField, TextField } from "@/app/_components/fields";
import { callApi } from "@/app/_lib/api/call-api";
import { useApiForm } from "@/app/_lib/api/use-api-form";
import { readForm } from "@/app/_lib/read-form";
import { ROLES } from "@/lib/access/permissions";
import { addMember } from "@/lib/http/contracts/projects";
import { ZAddMember } from "@/lib/members/schemas";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const { state, errors, message, tone, pending, onSubmit } = useApiForm({
    schema: ZAddMember,
    toInput: (form) => readForm(form, ["email", "role"]),
    send: (body) => callApi(addMember, { params: { projectId }, body }),
    onSuccess: (member) => {
      router.refresh();
      return `Added ${member.name} (${member.email}) as ${member.role}.`;
    },
  });
  return (
    <>
      <FormMessage message={message} tone={tone} />
      {/* A new key after each addition empties the form for the next person. */}
      <form key={state.status === "ok" ? state.at : "add"} onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="add-member-heading">
        <TextField idPrefix="am" name="email" label="Email" type="email" required hint="They need an account already." error={errors.email} />
        <SelectField idPrefix="am" name="role" label="Role" defaultValue="viewer" error={errors.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? "Adding…" : "Add member"}
          </button>
        </div>
      </form>
    </>
  );
}
