// Freezes an export as a release: every format's bytes are stored (in chunks) with their size and
// sha256, in one transaction with the `release.created` event. The files are read from one
// snapshot of the data; the tables refuse any later change (see the exports migration).
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import type { ReleaseFile } from "../db/generated/client";
import { compileFilter } from "../exports/compile-filter";
import { openExportSession } from "../exports/export-session";
import { loadTypeFields } from "../exports/load-type-fields";
import { planExport } from "../exports/plan-export";
import { type TCreateRelease, ZExportFilter } from "../exports/schemas";
import { newId } from "../ids";
import { appendEvent } from "../provenance/append-event";
import { ChunkWriter } from "./chunk-writer";
import { forEachReleaseFile } from "./release-files";
import { releaseView } from "./release-view";

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
    const manifest = await db().$transaction(
      async (tx) => {
        const row = await tx.release.create({
          data: { id, projectId: access.projectId, name: input.name, filter, counts: { ...plan.counts }, baseUrl: options.base, createdById: access.userId, createdAt },
        });
        const files: ReleaseFile[] = [];
        await forEachReleaseFile(session, plan, release, async (file) => {
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
        });
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
