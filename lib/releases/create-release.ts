// Freezes an export as a release: every format's bytes are stored (in chunks) with their size and
// sha256, in one transaction with the `release.created` event. The files are read from one
// snapshot of the data; the tables refuse any later change (see the exports migration).
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { Prisma, ReleaseFile } from "../db/generated/client";
import { compileFilter } from "../exports/compile-filter";
import { openExportSession } from "../exports/export-session";
import { loadTypeFields } from "../exports/load-type-fields";
import { planExport } from "../exports/plan-export";
import { type TCreateRelease, ZExportFilter } from "../exports/schemas";
import { newId } from "../ids";
import { listLogKeys } from "../log/log-keys";
import { readHead } from "../log/read-head";
import { appendEvent } from "../provenance/append-event";
import { ChunkWriter } from "./chunk-writer";
import { RELEASE_FORMATS } from "../exports/formats";
import { forEachReleaseFile } from "./release-files";
import { logProofLines, snapshotLastSeq } from "./release-log-proofs";
import { releaseView } from "./release-view";
import { verifyPageHtml } from "./verify-page";

export const LOG_PROOFS_FILE = "log-proofs.jsonl";
export const VERIFY_PAGE_FILE = "verify.html";

async function* oneChunk(text: string): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** Large projects take a while to write; the transaction may stay open this long. */
const RELEASE_TIMEOUT_MS = 30 * 60 * 1000;

export async function createRelease(access: ProjectAccess, input: TCreateRelease, options: { base: string; now?: Date }) {
  const filter = input.filter ?? ZExportFilter.parse({});
  const project = await db().project.findUniqueOrThrow({ where: { id: access.projectId }, select: { name: true } });
  const compiled = await compileFilter(access.projectId, filter);
  // Millisecond precision, as stored, so regenerating with the stored time gives the same bytes.
  const createdAt = new Date(Math.floor((options.now ?? new Date()).getTime()));
  const id = newId("rel");
  const session = await openExportSession();
  try {
    const plan = await planExport(session, compiled, (types) => loadTypeFields(access.projectId, types), { contents: true });
    const release = { releaseId: id, title: `${project.name}: ${input.name}`, base: options.base, filter, createdAt };
    // The signed head the release is read at: it covers every event the export's snapshot sees.
    const lastSeq = await snapshotLastSeq(session, access.projectId);
    const logHead = await readHead(access.projectId);
    if (logHead.treeSize < lastSeq) throw new Error(`the log's head (${logHead.treeSize}) lags the snapshot (${lastSeq})`);
    const { keys } = await listLogKeys();
    const manifest = await db().$transaction(
      async (tx) => {
        const row = await tx.release.create({
          data: { id, projectId: access.projectId, name: input.name, filter, counts: { ...plan.counts }, baseUrl: options.base, createdById: access.userId, createdAt, logHead: JSON.parse(JSON.stringify(logHead)) as Prisma.InputJsonObject },
        });
        const files: ReleaseFile[] = [];
        const store = async (file: { name: string; mediaType: string; position: number; chunks: AsyncIterable<Uint8Array> }) => {
          const writer = new ChunkWriter(async (seq, data) => {
            await tx.releaseFileChunk.create({ data: { releaseId: id, name: file.name, seq, data: new Uint8Array(data) } });
          });
          for await (const chunk of file.chunks) await writer.push(chunk);
          const { sha256, bytes } = await writer.finish();
          files.push(
            await tx.releaseFile.create({
              data: { releaseId: id, projectId: access.projectId, name: file.name, mediaType: file.mediaType, bytes: BigInt(bytes), sha256, position: file.position },
            }),
          );
        };
        await forEachReleaseFile(session, plan, release, store);
        const proofs = logProofLines(session, plan.compiled, logHead.treeSize, lastSeq);
        await store({ name: LOG_PROOFS_FILE, mediaType: "application/x-ndjson; charset=utf-8", position: RELEASE_FORMATS.length, chunks: proofs });
        const page = verifyPageHtml({
          projectId: access.projectId,
          release: { id, name: input.name, createdAt: createdAt.toISOString() },
          files: files.map((f) => ({ name: f.name, sha256: f.sha256, bytes: Number(f.bytes) })),
          logHead,
          keys: keys.map(({ keyId, publicKeyPem }) => ({ keyId, publicKeyPem })),
        });
        await store({ name: VERIFY_PAGE_FILE, mediaType: "text/html; charset=utf-8", position: RELEASE_FORMATS.length + 1, chunks: oneChunk(page) });
        const view = releaseView(row, files);
        await appendEvent(tx, {
          projectId: access.projectId,
          actorId: access.userId,
          type: "release.created",
          subjectType: "release",
          subjectId: id,
          data: { name: view.name, filter: view.filter, counts: view.counts, files: view.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })) },
        });
        return view;
      },
      { timeout: RELEASE_TIMEOUT_MS, maxWait: 10_000 },
    );
    await session.close();
    return manifest;
  } catch (error) {
    await session.close(error);
    throw error;
  }
}
