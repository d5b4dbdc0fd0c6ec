import { authorizeProject } from "@/lib/access/authorize-project";
import { createRelease as createReleaseContract, listReleases as listReleasesContract } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { publicOrigin } from "@/lib/http/public-origin";
import { json } from "@/lib/http/respond";
import { createRelease } from "@/lib/releases/create-release";
import { listReleases } from "@/lib/releases/list-releases";

export const GET = handle(listReleasesContract, async ({ actor, params, query }) => {
  const access = await authorizeProject(actor, params.projectId, "project.read");
  return json(await listReleases(access, query()));
});

/** Reviewers and owners: a release is a dataset the project stands behind. */
export const POST = handle(createReleaseContract, async ({ req, actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "release.create");
  return json(await createRelease(access, await body(), { base: publicOrigin(req) }), 201);
});
