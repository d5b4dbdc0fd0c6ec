import { getRelease as getReleaseContract } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { authorizeRelease } from "@/lib/releases/authorize-release";
import { getRelease } from "@/lib/releases/get-release";

export const GET = handle(getReleaseContract, async ({ actor, params: { releaseId } }) => {
  const access = await authorizeRelease(actor, releaseId, "project.read");
  return json(await getRelease(access, releaseId));
});
