// One virtual annotator in a closed loop (no think time): open a document (the document, then its
// annotations), mark a span of it, make a claim on that span, and now and then list the document's
// claims or compare the submitted victim counts. Every answer is checked; anything but the expected
// status, or an annotation whose quote is not the text at its offsets, is an error.
import { Prng } from "../anchoring/prng";
import { exchange, type Exchange } from "./http";
import type { Recorder } from "./latency";
import type { World } from "./setup-annotators";
import { claimAbout, pickSpan, WordIndex } from "./work";

export const KINDS = ["read document", "list annotations", "create annotation", "create claim", "list claims", "compare"] as const;
export type Kind = (typeof KINDS)[number];

export interface Tally {
  annotations: number;
  claims: number;
}

export async function runAnnotator(options: { baseUrl: string; world: World; user: number; until: () => boolean; recorder: Recorder; tally: Tally }): Promise<void> {
  const { baseUrl, world, recorder, tally } = options;
  const token = world.tokens[options.user]!;
  const rng = new Prng(1988 + options.user);
  const words = new WordIndex();
  const texts = new Map<string, string>();

  const step = async (kind: Kind, method: string, path: string, expect: number, body?: unknown): Promise<Exchange | null> => {
    const r = await exchange(baseUrl, method, path, { token, body });
    recorder.record(kind, r.ms);
    if (r.status === expect) return r;
    recorder.fail({ kind, what: `${method} ${path}`, status: r.status, body: r.body.slice(0, 600) });
    return null;
  };

  for (let i = 0; options.until(); i++) {
    const documentId = rng.pick(world.documentIds);
    const doc = await step("read document", "GET", `/api/v1/documents/${documentId}`, 200);
    if (doc) texts.set(documentId, (JSON.parse(doc.body) as { text: string }).text);
    await step("list annotations", "GET", `/api/v1/documents/${documentId}/annotations?limit=50`, 200);
    const text = texts.get(documentId);
    if (!text) continue;

    const span = pickSpan(rng, text, words);
    const created = await step("create annotation", "POST", `/api/v1/documents/${documentId}/annotations`, 201, span);
    if (!created) continue;
    tally.annotations += 1;
    const annotation = JSON.parse(created.body) as { id: string; exact: string; start: number; end: number };
    if (annotation.start !== span.start || annotation.end !== span.end || annotation.exact !== text.slice(span.start, span.end)) {
      recorder.fail({ kind: "create annotation", what: "quote check", status: 201, body: created.body.slice(0, 600) });
    }
    const claim = await step("create claim", "POST", `/api/v1/projects/${world.projectId}/claims`, 201, claimAbout(rng, world, annotation.id, annotation.exact));
    if (claim) tally.claims += 1;

    if (i % 4 === 3) await step("list claims", "GET", `/api/v1/projects/${world.projectId}/claims?documentId=${documentId}&limit=50`, 200);
    if (i % 8 === 7) await step("compare", "GET", `/api/v1/projects/${world.projectId}/compare?type=victim_count&status=submitted`, 200);
  }
}
