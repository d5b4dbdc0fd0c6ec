// Contracts of the reader's suggestions: spans it proposes to annotate, which a person may turn down.
import { z } from "zod";
import { ZRejectSpan } from "../../suggestions/schemas";
import { defineRoute } from "../contract";

const ZRejectionOut = z
  .object({
    id: z.string(),
    documentId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    created: z.boolean().describe("false when the span had already been turned down (nothing new was recorded)."),
  })
  .loose()
  .meta({ id: "SuggestionRejection" });

export const rejectSuggestion = defineRoute({
  method: "POST",
  path: "/documents/{documentId}/rejected-suggestions",
  operationId: "rejectSuggestion",
  summary: "Turn down a span the reader proposed to annotate (annotators and above)",
  description:
    "`{start, end}` in UTF-16 code units of the document's text. The decision is kept with who made it and logged " +
    "(`suggestion.rejected`), and the reader stops proposing that span on this version of the document. " +
    "Turning down a span already turned down changes nothing and answers 200",
  tags: ["Annotations"],
  auth: "required",
  body: ZRejectSpan,
  responses: {
    200: { description: "The span had already been turned down.", schema: ZRejectionOut },
    201: { description: "The rejection, recorded.", schema: ZRejectionOut },
  },
  errors: [403, 404],
});
