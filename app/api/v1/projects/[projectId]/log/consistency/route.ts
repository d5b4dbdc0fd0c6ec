import { authorizeProject } from "@/lib/access/authorize-project";
import { logConsistency } from "@/lib/http/contracts/log";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { proveConsistency } from "@/lib/log/prove";

export const GET = handle(logConsistency, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const { from, to } = query();
  return json(await proveConsistency(access.projectId, from, to));
});
