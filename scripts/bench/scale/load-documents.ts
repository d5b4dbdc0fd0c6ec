// Generates the sources (10% Persian, a third of those typed with Arabic letter variants) and ten
// annotations on each, with their first anchor, and streams them into four COPYs at once (the
// sources split over two connections, as the generated search vector is the costly part).
import { createHash } from "node:crypto";
import type postgres from "postgres";
import { Prng } from "../anchoring/prng";
import { annotationId, BASE_TIME, documentId, iso, type ScaleConfig } from "./config";
import { CopyStream } from "./copy";
import type { World } from "./entities";
import { sourceText, sourceTitle, wordBounds } from "./text";

const DOCUMENT = ["id", "projectId", "title", "text", "sha256", "length", "version", "format", "publisher", "language", "capturedAt", "createdById", "createdAt", "lineageId"];
const ANNOTATION = ["id", "projectId", "documentId", "lineageId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "status", "note", "createdById", "createdAt", "updatedAt"];
const ANCHOR = ["projectId", "annotationId", "documentId", "start", "end", "exact", "prefix", "suffix", "codePointStart", "codePointEnd", "confidence", "method", "createdById", "createdAt"];
const NOTES = ["check the date", "names the commission members", "second-hand account", "compare with the family's letter", "figure disputed elsewhere"];

export async function loadDocuments(sql: postgres.Sql, world: World, config: ScaleConfig, progress: (done: number) => void) {
  const rng = new Prng(1988);
  const docs = [await CopyStream.open(sql, "Document", DOCUMENT), await CopyStream.open(sql, "Document", DOCUMENT)];
  const annotations = await CopyStream.open(sql, "Annotation", ANNOTATION);
  const anchors = await CopyStream.open(sql, "AnnotationAnchor", ANCHOR);
  const { projectId, userId } = config;
  for (let i = 0; i < config.documents; i++) {
    const persian = i % config.persianEvery === 3;
    const language = persian ? "fa" : "en";
    const text = sourceText(rng, world, language, config.documentBytes, persian && Math.floor(i / config.persianEvery) % 3 === 0);
    const id = documentId(i);
    const at = iso(BASE_TIME + i * 60_000);
    const sha256 = createHash("sha256").update(text, "utf8").digest("hex");
    const publisher = rng.pick(world.publishers).name;
    await docs[i % 2]!.row([id, projectId, sourceTitle(rng, world, language), text, sha256, text.length, 1, "text", publisher, language, at, userId, at, id]);

    const { starts, ends } = wordBounds(text);
    for (let k = 0; k < config.annotationsPerDocument; k++) {
      const n = rng.int(2, 12);
      const first = rng.int(0, Math.max(0, starts.length - n));
      const start = starts[first] ?? 0;
      const end = ends[Math.min(first + n - 1, ends.length - 1)] ?? text.length;
      const exact = text.slice(start, end);
      const prefix = text.slice(Math.max(0, start - 32), start);
      const suffix = text.slice(end, end + 32);
      const aid = annotationId(i * config.annotationsPerDocument + k);
      const note = rng.next() < 0.1 ? rng.pick(NOTES) : null;
      await annotations.row([aid, projectId, id, id, start, end, exact, prefix, suffix, start, end, "active", note, userId, at, at]);
      await anchors.row([projectId, aid, id, start, end, exact, prefix, suffix, start, end, 1, "created", userId, at]);
    }
    if (i % 5_000 === 4_999) progress(i + 1);
  }
  const [d0, d1, a, an] = await Promise.all([...docs.map((d) => d.end()), annotations.end(), anchors.end()]);
  return { Document: d0 + d1, Annotation: a, AnnotationAnchor: an };
}
