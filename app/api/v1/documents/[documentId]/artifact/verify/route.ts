import { authorizeDocument } from "@/lib/access/authorize-project";
import { verifyArtifact } from "@/lib/capture/verify/verify-artifact";
import { verifyArtifact as verifyArtifactContract } from "@/lib/http/contracts/captures";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Recomputed on every call: a reader who doubts the stored verdict asks again. */
export const GET = handle(verifyArtifactContract, async ({ actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "document.read");
  return json(await verifyArtifact(access, params.documentId), 200, { "cache-control": "no-store" });
});
