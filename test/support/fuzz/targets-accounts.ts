// Fuzz targets of accounts, tokens, projects and members.
import { GET as getMembers } from "@/app/api/v1/projects/[projectId]/members/route";
import { GET as getProject } from "@/app/api/v1/projects/[projectId]/route";
import { GET as listTokens } from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { addMember, createUser, uniqueEmail } from "../fixtures";
import { sessionCookie } from "../session-cookie";
import { check, type FuzzTarget, readable } from "./fuzz-target";

const memberRole = async (projectId: string, token: string | undefined, userId: string): Promise<string | undefined> => {
  const members = await readable(getMembers, { projectId }, token);
  return (members.items as { userId: string; role: string }[]).find((m) => m.userId === userId)?.role;
};

export const accountTargets: Record<string, FuzzTarget> = {
  "POST /users": {
    principals: ["anonymous"],
    prepare: async () => ({ params: {}, body: { email: uniqueEmail("fuzz"), password: "fuzz-password-1988", name: "Fuzz Tester" } }),
    readBack: async (_space, { body }) => {
      const user = await db().user.findUnique({ where: { id: body.id } });
      check(user?.email === body.email, "the new account is stored with its email");
    },
  },
  "POST /tokens": {
    principals: ["anonymous"],
    renew: "never",
    prepare: async ({ world: { account } }) => ({ params: {}, body: { email: account.email, password: account.password, name: "fuzz" } }),
    readBack: async (_space, { body }) => {
      const tokens = await readable(listTokens, {}, body.token);
      check(tokens.items.some((t: { id: string }) => t.id === body.id), "the new token lists itself");
    },
    // A refused sign-in is recorded on purpose: the rate limit counts them.
    writesWhenRefused: ["SignInAttempt"],
  },
  "POST /session/tokens": {
    // The browser session is the only caller this route takes, so every case carries one.
    principals: ["anonymous"],
    renew: "never",
    prepare: async ({ world: { account } }) => ({ params: {}, headers: { cookie: await sessionCookie(account.id) }, body: { name: "fuzz", readOnly: true } }),
    readBack: async (_space, { body }) => {
      const tokens = await readable(listTokens, {}, body.token);
      check(tokens.items.some((t: { id: string; readOnly: boolean }) => t.id === body.id && t.readOnly === body.readOnly), "the new token lists itself, with its access");
    },
  },
  "DELETE /tokens/{tokenId}": {
    principals: ["owner"],
    prepare: async ({ world }) => ({ params: { tokenId: (await createApiToken({ userId: world.team.owner.id, name: "spare" })).id } }),
    readBack: async (space, { params }) => {
      const tokens = await readable(listTokens, {}, space.token("owner"));
      check(tokens.items.some((t: { id: string; revokedAt: string | null }) => t.id === params.tokenId && t.revokedAt), "the token shows as revoked");
    },
  },
  "POST /projects": {
    principals: ["owner"],
    renew: "never",
    prepare: async () => ({ params: {}, body: { name: "Fuzzed project", description: "Made by a hostile client." } }),
    readBack: async (space, { body }) => {
      check((await readable(getProject, { projectId: body.id }, space.token("owner"))).id === body.id, "the project reads back");
    },
  },
  "PATCH /projects/{projectId}": {
    principals: ["owner"],
    renew: "never",
    prepare: async ({ projectId }) => ({
      params: { projectId },
      body: { name: "Renamed project", description: "New description", requiredApprovals: 1, blindAnnotation: false },
    }),
    readBack: async (space, { params, body }) => {
      check((await readable(getProject, { projectId: params.projectId }, space.token("owner"))).name === body.name, "the new name reads back");
    },
  },
  "POST /projects/{projectId}/members": {
    principals: ["owner"],
    prepare: async ({ projectId }) => ({ params: { projectId }, body: { email: (await createUser("joiner")).email, role: "viewer" } }),
    readBack: async (space, { params, body }) => {
      check((await memberRole(params.projectId, space.token("owner"), body.userId)) === body.role, "the new member is listed");
    },
  },
  "PATCH /projects/{projectId}/members/{userId}": {
    principals: ["owner"],
    renew: "never",
    prepare: async (space) => {
      const user = await createUser("member");
      await addMember(space.world.team.owner, space.projectId, user, "annotator");
      return { params: { projectId: space.projectId, userId: user.id }, body: { role: "reviewer" } };
    },
    readBack: async (space, { params, body }) => {
      check((await memberRole(params.projectId, space.token("owner"), params.userId)) === body.role, "the new role is listed");
    },
  },
  "DELETE /projects/{projectId}/members/{userId}": {
    principals: ["owner"],
    prepare: async (space) => {
      const user = await createUser("leaver");
      await addMember(space.world.team.owner, space.projectId, user, "viewer");
      return { params: { projectId: space.projectId, userId: user.id } };
    },
    readBack: async (space, { params }) => {
      check((await memberRole(params.projectId, space.token("owner"), params.userId)) === undefined, "the member is gone");
    },
  },
};
