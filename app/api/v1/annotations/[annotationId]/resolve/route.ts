import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { resolveOrphan } from "@/lib/annotations/resolve-orphan";
import { resolveOrphan as resolveOrphanContract } from "@/lib/http/contracts/annotations";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Re-attach an orphaned annotation to a span of the newest version, or retire it. */
export const POST = handle(resolveOrphanContract, async ({ actor, params: { annotationId }, body }) => {
  const access = await authorizeAnnotation(actor, annotationId, "annotation.create");
  return json(await resolveOrphan(access, annotationId, await body()));
});
