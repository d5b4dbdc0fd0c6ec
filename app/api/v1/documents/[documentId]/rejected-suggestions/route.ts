import { authorizeDocument } from "@/lib/access/authorize-project";
import { rejectSuggestion as rejectSuggestionContract } from "@/lib/http/contracts/suggestions";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";
import { rejectSuggestion } from "@/lib/suggestions/reject-suggestion";

/** `{start, end}`: the reader stops proposing this span; 201 recorded, 200 already recorded. */
export const POST = handle(rejectSuggestionContract, async ({ actor, params: { documentId }, body }) => {
  const access = await authorizeDocument(actor, documentId, "annotation.create");
  const span = await body();
  const { id, created } = await rejectSuggestion(access, { documentId, ...span });
  return json({ id, documentId, ...span, created }, created ? 201 : 200);
});
