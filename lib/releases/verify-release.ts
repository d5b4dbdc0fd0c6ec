// Re-verifies a release two ways: its stored bytes still hash to the manifest (integrity), and
// regenerating its files from the current data with its filter and time gives the same hashes
// (reproducibility; false once a claim in it changed, which the comparison page then shows).
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { compileFilter } from "../exports/compile-filter";
import { openExportSession } from "../exports/export-session";
import { loadTypeFields } from "../exports/load-type-fields";
import { planExport } from "../exports/plan-export";
import { ZExportFilter } from "../exports/schemas";
import { hashBytes } from "./chunk-writer";
import { getRelease } from "./get-release";
import { releaseFileChunks } from "./read-release-file";
import { forEachReleaseFile } from "./release-files";

export async function verifyRelease(access: ProjectAccess, releaseId: string) {
  const manifest = await getRelease(access, releaseId);
  const row = await db().release.findUniqueOrThrow({ where: { id: releaseId }, select: { baseUrl: true, createdAt: true } });
  const project = await db().project.findUniqueOrThrow({ where: { id: access.projectId }, select: { name: true } });
  const stored = new Map<string, string>();
  for (const file of manifest.files) stored.set(file.name, (await hashBytes(releaseFileChunks(releaseId, file.name))).sha256);

  const filter = ZExportFilter.parse(manifest.filter);
  const regenerated = new Map<string, string>();
  const session = await openExportSession();
  try {
    const plan = await planExport(session, await compileFilter(access.projectId, filter), (types) => loadTypeFields(access.projectId, types), { contents: true });
    const release = { releaseId, title: `${project.name}: ${manifest.name}`, base: row.baseUrl, filter, createdAt: row.createdAt };
    await forEachReleaseFile(session, plan, release, async (file) => {
      regenerated.set(file.name, (await hashBytes(file.chunks)).sha256);
    });
    await session.close();
  } catch (error) {
    await session.close(error);
    throw error;
  }
  const files = manifest.files.map((f) => ({
    name: f.name,
    sha256: f.sha256,
    storedIntact: stored.get(f.name) === f.sha256,
    // log-proofs.jsonl and verify.html are proofs against the release's fixed head, not data to
    // regenerate: their integrity is what counts (and their own checks, npm run verify-release).
    reproducible: regenerated.has(f.name) ? regenerated.get(f.name) === f.sha256 : stored.get(f.name) === f.sha256,
  }));
  return { id: releaseId, intact: files.every((f) => f.storedIntact), reproducible: files.every((f) => f.reproducible), files };
}
