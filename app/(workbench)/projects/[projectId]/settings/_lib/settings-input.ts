// The settings form as the input `ZUpdateProject` (the route's body) expects: the
// number of approvals as a number, the checkbox as a boolean, a blank description as null.
import * as z from "zod";
import { ZUpdateProject } from "@/lib/projects/schemas";

export function settingsInput(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const approvals = text("requiredApprovals").trim();
  return {
    name: text("name"),
    description: text("description").trim() === "" ? null : text("description"),
    requiredApprovals: /^\d+$/.test(approvals) ? Number(approvals) : approvals === "" ? Number.NaN : approvals,
    blindAnnotation: form.get("blindAnnotation") === "on",
  };
}

/** Every field is sent by the form, so every field is required here. */
export const ZSettingsForm = ZUpdateProject.required().extend({
  requiredApprovals: z.number({ error: "must be a whole number from 1 to 10" }).int("must be a whole number from 1 to 10").min(1, "must be at least 1").max(10, "must be at most 10"),
});
