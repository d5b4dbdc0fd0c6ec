// "Reported by" defaults to the publisher of the evidence's document: the organisation entity of
// that name, created the first time a publisher is needed.
import type { ProjectAccess } from "../access/authorize-project";
import type { Tx } from "../db/client";
import { createEntityIn } from "../entities/create-entity";
import { entitySearchKey } from "../entities/search-key";

export async function defaultReporter(tx: Tx, access: ProjectAccess, documentId: string): Promise<string | null> {
  const document = await tx.document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { publisher: true } });
  const publisher = document?.publisher;
  if (!publisher) return null;
  const key = entitySearchKey(publisher, []);
  const existing = await tx.entity.findFirst({
    where: { projectId: access.projectId, kind: "organization", mergedIntoId: null, OR: [{ searchKey: key }, { name: publisher }, { aliases: { has: publisher } }] },
    select: { id: true },
  });
  if (existing) return existing.id;
  return (await createEntityIn(tx, access, { kind: "organization", name: publisher })).id;
}
