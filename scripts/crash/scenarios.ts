// The three operations the demo interrupts, each with what "all" and "nothing" mean for it, read
// straight from the tables: counts and fingerprints before, the same after the crash.
import type { Sql } from "postgres";
import type { Api } from "./api-client";
import { revisedWitnessText, statementQuote, w3cImport } from "./demo-data";
import type { DemoProject } from "./demo-data";

export type Outcome = { result: "nothing" | "all" | "partial"; detail: string };

export interface Scenario {
  label: string;
  /** What the database holds of the operation's footprint, before it starts. */
  snapshot(sql: Sql): Promise<Record<string, unknown>>;
  start(api: Api): Promise<number>;
  /** When to kill: once the server's open transaction runs a statement matching `pattern`, plus `extraMs`. */
  killAt: { pattern: string; extraMs: number; phase: string };
  judge(sql: Sql, before: Record<string, unknown>): Promise<Outcome>;
}

const one = async <T>(rows: Promise<T[]>): Promise<T> => (await rows)[0] as T;
const n = (v: unknown) => Number(v ?? 0).toLocaleString("en");

export function scenarios(p: DemoProject, sizes: { spans: number; importSpans: number }): Scenario[] {
  const importBody = JSON.stringify(w3cImport(Array.from({ length: sizes.importSpans }, (_, i) => statementQuote(i))));
  const eventCount = (sql: Sql, type: string) => one(sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "Event" WHERE "projectId" = ${p.projectId} AND "type" = ${type}`).then((r) => r.n);

  const annotationImport: Scenario = {
    label: `annotation import: ${n(sizes.importSpans)} spans, ${(importBody.length / 1048576).toFixed(1)} MB of W3C JSON`,
    async snapshot(sql) {
      const { count } = await one(sql<{ count: number }[]>`SELECT count(*)::int AS count FROM "Annotation" WHERE "documentId" = ${p.importDocumentId}`);
      return { count, created: await eventCount(sql, "annotation.created"), imports: await eventCount(sql, "annotations.imported") };
    },
    start: (api) => api.start("POST", `/projects/${p.projectId}/annotations/import?documentId=${p.importDocumentId}`, importBody),
    killAt: { pattern: 'AnnotationAnchor|"Event"', extraMs: 0, phase: "the annotations are written; their anchors and events are being written" },
    async judge(sql, before) {
      const after = await this.snapshot(sql);
      const added = Number(after.count) - Number(before.count);
      const events = Number(after.created) - Number(before.created);
      const detail = `${n(added)} of ${n(sizes.importSpans)} annotations, ${n(events)} annotation.created events, ${n(Number(after.imports) - Number(before.imports))} import event`;
      if (added === 0 && events === 0 && after.imports === before.imports) return { result: "nothing", detail };
      const all = added === sizes.importSpans && events === added && Number(after.imports) === Number(before.imports) + 1;
      return { result: all ? "all" : "partial", detail };
    },
  };

  const lineageState = (sql: Sql) =>
    one(sql<{ versions: number; anchors: number; fingerprint: string; activeOnOld: number }[]>`
      SELECT (SELECT count(*)::int FROM "Document" WHERE "lineageId" = ${p.reanchorDocumentId}) AS versions,
             (SELECT count(*)::int FROM "AnnotationAnchor" WHERE "projectId" = ${p.projectId} AND "annotationId" IN (SELECT "id" FROM "Annotation" WHERE "lineageId" = ${p.reanchorDocumentId})) AS anchors,
             (SELECT md5(coalesce(string_agg(concat_ws(',', "id", "documentId", "start", "end", "status"), ';' ORDER BY "id"), '')) FROM "Annotation" WHERE "lineageId" = ${p.reanchorDocumentId}) AS fingerprint,
             (SELECT count(*)::int FROM "Annotation" WHERE "documentId" = ${p.reanchorDocumentId} AND "status" = 'active') AS "activeOnOld"`);

  const reanchoring: Scenario = {
    label: `re-anchoring: a new version of a source with ${n(sizes.spans)} spans`,
    snapshot: async (sql) => ({ ...(await lineageState(sql)) }),
    start: (api) => api.start("POST", `/documents/${p.reanchorDocumentId}/versions`, { text: revisedWitnessText(sizes.spans) }),
    killAt: { pattern: 'UPDATE "public"."Annotation"', extraMs: 400, phase: "the new version is written; spans are being moved onto it one by one" },
    async judge(sql, before) {
      const after = await lineageState(sql);
      if (after.versions === before.versions) {
        const same = after.fingerprint === before.fingerprint && after.anchors === before.anchors;
        return { result: same ? "nothing" : "partial", detail: `no new version; spans and ${n(after.anchors)} anchors ${same ? "exactly as before" : "CHANGED"}` };
      }
      const [event] = await sql<{ placed: number; orphaned: number }[]>`
        SELECT ("data"->>'placed')::int AS placed, ("data"->>'orphaned')::int AS orphaned FROM "Event"
        WHERE "projectId" = ${p.projectId} AND "type" = 'document.version_created' ORDER BY "seq" DESC LIMIT 1`;
      const all = !!event && after.activeOnOld === 0 && after.anchors === Number(before.anchors) + event.placed && event.placed + event.orphaned === sizes.spans;
      return { result: all ? "all" : "partial", detail: `version ${after.versions}; ${n(event?.placed)} placed, ${n(event?.orphaned)} orphaned, ${n(after.activeOnOld)} still active on the old version` };
    },
  };

  const releaseState = (sql: Sql) =>
    sql<{ id: string; files: number; whole: number; event: number }[]>`
      SELECT r."id",
             (SELECT count(*)::int FROM "ReleaseFile" f WHERE f."releaseId" = r."id") AS files,
             (SELECT count(*)::int FROM "ReleaseFile" f WHERE f."releaseId" = r."id" AND f."sha256" = encode(sha256(
                (SELECT coalesce(string_agg(c."data", ''::bytea ORDER BY c."seq"), ''::bytea) FROM "ReleaseFileChunk" c WHERE c."releaseId" = f."releaseId" AND c."name" = f."name")), 'hex')) AS whole,
             (SELECT count(*)::int FROM "Event" e WHERE e."projectId" = r."projectId" AND e."type" = 'release.created' AND e."subjectId" = r."id") AS event
      FROM "Release" r WHERE r."projectId" = ${p.projectId} AND r."name" = 'Interrupted release'`;

  const release: Scenario = {
    label: "release: four files of every claim, written in 1 MiB chunks",
    snapshot: async (sql) => ({ releases: (await releaseState(sql)).length, chunks: (await one(sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "ReleaseFileChunk"`)).n }),
    start: (api) => api.start("POST", `/projects/${p.projectId}/releases`, { name: "Interrupted release", filter: { status: ["all"] } }),
    killAt: { pattern: "ReleaseFileChunk", extraMs: 0, phase: "the release row and its first file are written; the other files are being generated" },
    async judge(sql, before) {
      const rows = await releaseState(sql);
      const { n: chunks } = await one(sql<{ n: number }[]>`SELECT count(*)::int AS n FROM "ReleaseFileChunk"`);
      if (rows.length === 0) {
        const clean = chunks === before.chunks;
        return { result: clean ? "nothing" : "partial", detail: `no release; ${clean ? "no stray file chunks" : `${n(chunks - Number(before.chunks))} stray chunks`}` };
      }
      const r = rows[0]!;
      const all = rows.length === 1 && r.files === 4 && r.whole === 4 && r.event === 1;
      return { result: all ? "all" : "partial", detail: `release ${r.id}: ${r.files} of 4 files, ${r.whole} matching their sha256, ${r.event} release.created event` };
    },
  };

  return [annotationImport, reanchoring, release];
}
