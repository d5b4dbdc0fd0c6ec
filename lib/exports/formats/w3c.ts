// W3C Web Annotation: an AnnotationCollection (JSON-LD) whose annotations, one per line after the
// collection's head, target the evidence spans; ids are on the export's (or release's) URL.
import { w3cHead, w3cItem, w3cTail } from "../format-w3c";
import { claimRecords } from "./claim-streams";
import type { FormatWriter } from "./export-format";

export const writeW3c: FormatWriter = async function* (session, plan, ctx) {
  const w3c = { base: ctx.base, collectionId: ctx.collectionId, label: `Claims: ${ctx.title}`, now: ctx.now };
  yield Buffer.from(w3cHead(w3c, plan.counts.claims));
  let first = true;
  for await (const batch of claimRecords(session, plan)) {
    yield Buffer.from(batch.map((r, i) => w3cItem(r, w3c, first && i === 0)).join(""));
    first = false;
  }
  yield Buffer.from(w3cTail());
};
