import { authorizeProject } from "@/lib/access/authorize-project";
import { logInclusion } from "@/lib/http/contracts/log";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { proveInclusion } from "@/lib/log/prove";

export const GET = handle(logInclusion, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  const { seq, treeSize } = query();
  return json(await proveInclusion(access.projectId, seq, treeSize));
});
