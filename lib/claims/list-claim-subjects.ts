// The things claims of one type are about (their subject entities, after merges), with how many
// claims each has: the choices of the compare view.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export interface ClaimSubject {
  id: string;
  name: string;
  kind: string;
  claims: number;
}

export async function listClaimSubjects(access: ProjectAccess, type: string): Promise<ClaimSubject[]> {
  const { projectId } = access;
  const groups = await db().claim.groupBy({ by: ["subjectEntityId"], where: { projectId, type, subjectEntityId: { not: null } }, _count: { _all: true } });
  const ids = groups.flatMap((g) => (g.subjectEntityId ? [g.subjectEntityId] : []));
  const named = await db().entity.findMany({ where: { projectId, id: { in: ids } }, select: { id: true, mergedIntoId: true } });
  const canonical = new Map(named.map((e) => [e.id, e.mergedIntoId ?? e.id]));
  const counts = new Map<string, number>();
  for (const g of groups) {
    const id = g.subjectEntityId ? canonical.get(g.subjectEntityId) : undefined;
    if (id) counts.set(id, (counts.get(id) ?? 0) + g._count._all);
  }
  const entities = await db().entity.findMany({ where: { projectId, id: { in: [...counts.keys()] } }, select: { id: true, name: true, kind: true } });
  return entities
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind, claims: counts.get(e.id) ?? 0 }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
