import { authorizeDocument } from "@/lib/access/authorize-project";
import { documentAgreement } from "@/lib/agreement/document-agreement";
import { documentAgreement as documentAgreementContract } from "@/lib/http/contracts/documents";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** Span agreement per annotator pair and Krippendorff's alpha per claim field; reviewers and owners. */
export const GET = handle(documentAgreementContract, async ({ actor, params }) => {
  const access = await authorizeDocument(actor, params.documentId, "agreement.read");
  return json(await documentAgreement(access, params.documentId));
});
