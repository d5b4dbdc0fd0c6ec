import { authorizeDocument } from "@/lib/access/authorize-project";
import { listAnnotationSpans } from "@/lib/annotations/list-annotation-spans";
import { packSpanTable } from "@/lib/annotations/packed-span-table";
import { listAnnotationSpans as contract } from "@/lib/http/contracts/annotations";
import { handle } from "@/lib/http/handle";
import { json } from "@/lib/http/respond";

/** The reader's span table, or its part from an offset on (the page sends the opening's part itself). */
export const GET = handle(contract, async ({ actor, params: { documentId }, query }) => {
  const access = await authorizeDocument(actor, documentId, "document.read");
  const { from } = query();
  return json(packSpanTable(await listAnnotationSpans(access, documentId, { from })));
});
