// The database guards an upload's original bytes like the text derived from them: an artifact and
// its chunks never change or go away, and a document's artifact, derivation and pages are fixed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runSourceJob } from "@/lib/jobs/run-source-job";
import { stopQueue } from "@/lib/jobs/queue";
import { createTeam, type Team } from "../support/fixtures";
import { uploadFile } from "../support/upload";

let team: Team;
let documentId: string;
let sha256: string;

beforeAll(async () => {
  team = await createTeam();
  const res = await uploadFile(team.annotator.token, team.projectId, { name: "original.txt", bytes: "The original words, 1988.\n" });
  expect(res.status).toBe(202);
  expect(await runSourceJob({ jobId: res.body.job.id, lastAttempt: true })).toBe("succeeded");
  const doc = await db().document.findFirstOrThrow({ where: { projectId: team.projectId } });
  documentId = doc.id;
  sha256 = doc.artifactSha256!;
});

afterAll(() => stopQueue());

describe("artifact immutability", () => {
  it.each([
    ["an artifact's media type", `UPDATE "Artifact" SET "mediaType" = 'text/html' WHERE "projectId" = $1`],
    ["an artifact", `DELETE FROM "Artifact" WHERE "projectId" = $1`],
    ["an artifact's bytes", `UPDATE "ArtifactChunk" SET "data" = '\\x00'::bytea WHERE "projectId" = $1`],
    ["an artifact chunk", `DELETE FROM "ArtifactChunk" WHERE "projectId" = $1`],
  ])("refuses to change %s", async (_what, sql) => {
    await expect(db().$executeRawUnsafe(sql, team.projectId)).rejects.toThrow(/immutable/);
    const chunk = await db().artifactChunk.findFirstOrThrow({ where: { projectId: team.projectId, sha256 } });
    expect(Buffer.from(chunk.data).toString("utf8")).toBe("The original words, 1988.\n");
  });

  it("refuses TRUNCATE", async () => {
    await expect(db().$executeRawUnsafe(`TRUNCATE "ArtifactChunk"`)).rejects.toThrow(/immutable/);
  });

  it.each([
    ["artifact", `UPDATE "Document" SET "artifactSha256" = NULL WHERE id = $1`],
    ["derivation", `UPDATE "Document" SET "derivation" = '{"tool":"forged","version":"0"}' WHERE id = $1`],
    ["pages", `UPDATE "Document" SET "pages" = '[]' WHERE id = $1`],
  ])("refuses to change a document's %s", async (_what, sql) => {
    await expect(db().$executeRawUnsafe(sql, documentId)).rejects.toThrow(/immutable/);
  });
});
