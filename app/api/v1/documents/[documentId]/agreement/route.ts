import { authorizeDocument } from "@/lib/access/authorize-project";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { authenticate } from "@/lib/auth/authenticate-request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Span agreement per annotator pair and Krippendorff's alpha per claim field; reviewers and owners. */
export const GET = route<{ documentId: string }>(async (req, { documentId }) => {
  const actor = await authenticate(req);
  const access = await authorizeDocument(actor.userId, documentId, "claim.review");
  return json(await documentAgreement(access, documentId));
});
