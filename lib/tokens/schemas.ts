// What a token may reach: some projects or all of its user's, and reading only or also writing.
// Shared by the API (POST /api/v1/tokens) and the token page's form.
import * as z from "zod";

export const ZTokenName = z.string().trim().min(1).max(100);

/** Project ids a token is limited to. */
export const ZTokenProjects = z
  .array(z.string().min(1).max(64))
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, "lists a project twice");

export const ZTokenScope = z.object({
  projects: ZTokenProjects.optional().describe("Project ids the token may reach (projects you belong to); absent or empty: all your projects."),
  readOnly: z.boolean().optional().describe("true: the token may read but not change anything (default false)."),
});
export type TTokenScope = z.infer<typeof ZTokenScope>;

/** A token made by a signed-in browser session: no credentials, only its name and scope. */
export const ZSessionToken = ZTokenScope.extend({ name: ZTokenName.optional() });
export type TSessionToken = z.infer<typeof ZSessionToken>;

/** A token's scope as stored and enforced: no project ids means every project of its user. */
export interface TokenScope {
  projectIds: string[];
  readOnly: boolean;
}
