import { authorizeProject } from "@/lib/access/authorize-project";
import { importAnnotations } from "@/lib/annotation-import/import-annotations";
import { importAnnotations as importAnnotationsContract } from "@/lib/http/contracts/exports";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Annotators and above, as for annotating by hand. */
export const POST = handle(importAnnotationsContract, async ({ actor, params, query, body }) => {
  const access = await authorizeProject(actor, params.projectId, "annotation.create");
  const { documentId } = query();
  return json(await importAnnotations(access, await body(), documentId ? { documentId } : {}));
});
