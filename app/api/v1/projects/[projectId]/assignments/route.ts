import { z } from "zod";
import { authorizeProject } from "@/lib/access/authorize-project";
import { can } from "@/lib/access/permissions";
import { assignDocument, ZAssign } from "@/lib/assignments/assign-document";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson, readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

const ZQuery = z.object({ userId: z.string().min(1).max(64).optional() });

/** Owners and reviewers see every assignment; others see their own queue. */
export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  const { userId } = readQuery(req, ZQuery);
  const mine = !can(access.role, "claim.review");
  return json({ items: await listAssignments(access, { userId: mine ? actor.userId : userId }), nextCursor: null });
});

export const POST = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "assignment.manage");
  const input = await readJson(req, ZAssign);
  return json(await assignDocument(access, input), 201);
});
