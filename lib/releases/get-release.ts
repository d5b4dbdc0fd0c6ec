// A release's manifest, for members of its project.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { type ReleaseManifest, releaseView } from "./release-view";

export async function getRelease(access: ProjectAccess, releaseId: string): Promise<ReleaseManifest> {
  const row = await db().release.findFirst({ where: { id: releaseId, projectId: access.projectId } });
  if (!row) throw notFound("release");
  const files = await db().releaseFile.findMany({ where: { releaseId, projectId: access.projectId } });
  return releaseView(row, files);
}
