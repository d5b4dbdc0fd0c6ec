import { authorizeProject } from "@/lib/access/authorize-project";
import { createSource } from "@/lib/http/contracts/sources";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { captureSource } from "@/lib/sources/capture-source";
import { uploadSource } from "@/lib/sources/upload-source";

export const dynamic = "force-dynamic";

/** A multipart upload is streamed to storage; JSON `{url}` asks for a capture. Both answer 202 with the job. */
export const POST = handle(createSource, async ({ req, actor, params, body }) => {
  const access = await authorizeProject(actor, params.projectId, "document.create");
  if (/^multipart\/form-data\b/i.test(req.headers.get("content-type") ?? "")) return json(await uploadSource(access, req), 202);
  return json(await captureSource(access, await body()), 202);
});
