// The token form, checked in the browser before it is sent to POST /api/v1/session/tokens. The
// person is signed in, so no email or password: a name, which projects (all, or some) and which access.
import * as z from "zod";
import { type TSessionToken, ZTokenName, ZTokenProjects } from "@/lib/tokens/schemas";

export const ZNewToken = z
  .object({
    name: ZTokenName.optional(),
    scope: z.enum(["all", "some"], { message: "choose all projects or some" }),
    projects: ZTokenProjects,
    access: z.enum(["write", "read"], { message: "choose read and write, or read only" }),
  })
  .superRefine((t, ctx) => {
    if (t.scope === "some" && t.projects.length === 0) ctx.addIssue({ code: "custom", path: ["projects"], message: "Choose at least one project." });
  });
export type TNewToken = z.infer<typeof ZNewToken>;

/** The submitted form as ZNewToken reads it (checkboxes give one `projects` entry each). */
export function newTokenInput(form: FormData): Record<string, unknown> {
  const name = String(form.get("name") ?? "").trim();
  return {
    ...(name ? { name } : {}),
    scope: form.get("scope") ?? undefined,
    projects: form.getAll("projects").filter((p): p is string => typeof p === "string"),
    access: form.get("access") ?? undefined,
  };
}

/** The route's body: no project ids means every project of the user. */
export function tokenBodyOf(t: TNewToken): TSessionToken {
  return { ...(t.name ? { name: t.name } : {}), projects: t.scope === "some" ? t.projects : [], readOnly: t.access === "read" };
}

/** A Revoke button's target; `name` is only for the sentence saying it was revoked. */
export const ZRevokeToken = z.object({ tokenId: z.string().min(1, "No token was named.").max(64), name: z.string().max(100).optional() });
