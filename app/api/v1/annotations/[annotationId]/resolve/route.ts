import { authorizeAnnotation } from "@/lib/access/authorize-annotation";
import { resolveOrphan } from "@/lib/annotations/resolve-orphan";
import { ZResolveOrphan } from "@/lib/annotations/schemas";
import { authenticate } from "@/lib/auth/authenticate-request";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Re-attach an orphaned annotation to a span of the newest version, or retire it. */
export const POST = route<{ annotationId: string }>(async (req, { annotationId }) => {
  const actor = await authenticate(req);
  const access = await authorizeAnnotation(actor.userId, annotationId, "annotation.create");
  const input = await readJson(req, ZResolveOrphan);
  return json(await resolveOrphan(access, annotationId, input));
});
