import { authorizeProject } from "@/lib/access/authorize-project";
import { listEvents as listEventsContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { listEvents } from "@/lib/provenance/list-events";

export const GET = handle(listEventsContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await listEvents(access, query()));
});
