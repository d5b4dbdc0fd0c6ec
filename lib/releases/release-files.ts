// The files of a release, made by the same export pipeline as live exports with `now` fixed to
// the release's creation time and its ids on the release's own URLs: regenerating them from the
// same data gives the same bytes, which is how verify-release.ts checks a release.
import type { ExportSession } from "../exports/export-session";
import { type FormatContext, RELEASE_FORMATS, type TExportFormat } from "../exports/formats";
import type { ExportPlan } from "../exports/plan-export";
import type { TExportFilter } from "../exports/schemas";

export interface ReleaseContext {
  releaseId: string;
  title: string;
  base: string;
  filter: TExportFilter;
  createdAt: Date;
}

export interface ReleaseFileBytes {
  format: TExportFormat;
  name: string;
  mediaType: string;
  position: number;
  chunks: AsyncIterable<Uint8Array>;
}

export const releaseFileUrl = (base: string, releaseId: string, name: string) =>
  `${base}/api/v1/releases/${encodeURIComponent(releaseId)}/files/${encodeURIComponent(name)}`;

/** Calls `consume` for each file in turn; the next one starts when the previous one is consumed. */
export async function forEachReleaseFile(
  session: ExportSession,
  plan: ExportPlan,
  release: ReleaseContext,
  consume: (file: ReleaseFileBytes) => Promise<void>,
): Promise<void> {
  for (const [position, format] of RELEASE_FORMATS.entries()) {
    const { fileName, mediaType } = format;
    const ctx: FormatContext = {
      base: release.base,
      collectionId: releaseFileUrl(release.base, release.releaseId, fileName),
      title: release.title,
      filter: release.filter,
      now: release.createdAt,
    };
    await consume({ format: format.id, name: fileName, mediaType, position, chunks: format.write(session, plan, ctx) });
  }
}
