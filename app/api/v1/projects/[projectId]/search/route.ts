import { authorizeProject } from "@/lib/access/authorize-project";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readQuery } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { ZSearchQuery } from "@/lib/search/schemas";
import { searchProject } from "@/lib/search/search-project";

/** Full-text search over sources, quotes, claims and entities, in any script; numeric search on counts. */
export const GET = route<{ projectId: string }>(async (req, { projectId }) => {
  const actor = await authenticate(req);
  const access = await authorizeProject(actor.userId, projectId, "project.read");
  return json(await searchProject(access, readQuery(req, ZSearchQuery)));
});
