import { verifyRelease as verifyReleaseContract } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { authorizeRelease } from "@/lib/releases/authorize-release";
import { verifyRelease } from "@/lib/releases/verify-release";

export const GET = handle(verifyReleaseContract, async ({ actor, params: { releaseId } }) => {
  const access = await authorizeRelease(actor, releaseId, "project.read");
  return json(await verifyRelease(access, releaseId));
});
