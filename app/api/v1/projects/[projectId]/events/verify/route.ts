import { authorizeProject } from "@/lib/access/authorize-project";
import { verifyEvents } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { verifyChain } from "@/lib/provenance/verify-chain";

export const GET = handle(verifyEvents, async ({ actor, params }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await verifyChain(access.projectId));
});
