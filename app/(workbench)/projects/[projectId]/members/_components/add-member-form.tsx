"use client";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField, TextField } from "@/app/_components/fields";
import { useValidatedAction } from "@/app/_components/use-validated-action";
import { readForm } from "@/app/_lib/read-form";
import { ROLES } from "@/lib/access/permissions";
import { ZAddMember } from "@/lib/members/schemas";
import { addMemberAction } from "../actions";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const { state, errors, message, tone, pending, onSubmit } = useValidatedAction({
    action: addMemberAction.bind(null, projectId),
    schema: ZAddMember,
    toInput: (form) => readForm(form, ["email", "role"]),
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
