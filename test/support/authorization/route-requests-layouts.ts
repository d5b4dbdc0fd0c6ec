// Requests for the layout of a paged document. The world's document gets a layout row as the PDF
// source kind writes one (a page whose two items produced the first words of the text), so the
// route is tried on a document that has one.
import type { RouteRequest } from "./route-requests-accounts";
import type { World } from "./world";

const laidOut = new WeakMap<World, Promise<string>>();

function pagedDocument(w: World): Promise<string> {
  let pending = laidOut.get(w);
  if (!pending) {
    pending = (async () => {
      const { db } = await import("@/lib/db/client");
      const layout = { kind: "pdf", pages: [{ number: 1, width: 595, height: 842, items: [null, [0, 5], [6, 11]] }] };
      await db().documentLayout.create({ data: { projectId: w.projectId, documentId: w.documentId, layout } });
      return w.documentId;
    })();
    laidOut.set(w, pending);
  }
  return pending;
}

export const LAYOUT_REQUESTS: Record<string, RouteRequest> = {
  "GET /api/v1/documents/{documentId}/layout": async (w) => ({
    params: { documentId: await pagedDocument(w) },
    unless: (a) => ((JSON.parse(a.text) as { pages?: { items?: unknown[] }[] }).pages?.[0]?.items?.length === 3 ? null : "the layout is not the stored one"),
  }),
};
