// The ids a project's pages need, chosen from its data: the source with the most annotations (the
// reader's heaviest case), its newest claim, the entity most claims are about, a word of that
// source's title to search for, the victim-count subject with most claims for the compare view, and
// the two newest releases for the releases' diff.
import postgres from "postgres";

export interface ProjectSample {
  projectId: string;
  documentId: string;
  claimId: string;
  entityId: string;
  searchQuery: string;
  compareSubjectId: string | null;
  releases: [base: string, head: string] | null;
}

export async function sampleProject(databaseUrl: string, projectId: string): Promise<ProjectSample> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [doc] = await sql<{ id: string; title: string }[]>`
      SELECT d.id, d.title FROM "Document" d
      LEFT JOIN LATERAL (SELECT count(*) AS n FROM "Annotation" a WHERE a."projectId" = d."projectId" AND a."documentId" = d.id) a ON true
      WHERE d."projectId" = ${projectId} ORDER BY a.n DESC, d.id LIMIT 1`;
    const [claim] = await sql<{ id: string }[]>`SELECT id FROM "Claim" WHERE "projectId" = ${projectId} ORDER BY "createdAt" DESC, id LIMIT 1`;
    const [entity] = await sql<{ id: string }[]>`
      SELECT "subjectEntityId" AS id FROM "Claim" WHERE "projectId" = ${projectId} AND "subjectEntityId" IS NOT NULL
      GROUP BY "subjectEntityId" ORDER BY count(*) DESC, "subjectEntityId" LIMIT 1`;
    const [subject] = await sql<{ id: string }[]>`
      SELECT "subjectEntityId" AS id FROM "Claim" WHERE "projectId" = ${projectId} AND type = 'victim_count' AND "subjectEntityId" IS NOT NULL
      GROUP BY "subjectEntityId" ORDER BY count(*) DESC, "subjectEntityId" LIMIT 1`;
    const releases = await sql<{ id: string }[]>`SELECT id FROM "Release" WHERE "projectId" = ${projectId} ORDER BY "createdAt" DESC, id LIMIT 2`;
    if (!doc || !claim || !entity) throw new Error(`project ${projectId} lacks a source, a claim or an entity to open`);
    const words = doc.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5);
    return {
      projectId,
      documentId: doc.id,
      claimId: claim.id,
      entityId: entity.id,
      searchQuery: words.sort((a, b) => b.length - a.length)[0] ?? doc.title.slice(0, 20),
      compareSubjectId: subject?.id ?? null,
      releases: releases.length === 2 ? [releases[1]!.id, releases[0]!.id] : null,
    };
  } finally {
    await sql.end();
  }
}
