import { authorizeProject } from "@/lib/access/authorize-project";
import { logHead } from "@/lib/http/contracts/log";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { readHead } from "@/lib/log/read-head";

export const GET = handle(logHead, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await readHead(access.projectId));
});
