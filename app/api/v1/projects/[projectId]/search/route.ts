import { authorizeProject } from "@/lib/access/authorize-project";
import { searchProject as searchProjectContract } from "@/lib/http/contracts/search";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { searchProject } from "@/lib/search/search-project";

/** Full-text search over sources, quotes, claims and entities, in any script; numeric search on counts. */
export const GET = handle(searchProjectContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await searchProject(access, query()));
});
