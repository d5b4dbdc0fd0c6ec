// Entities by id as pages name them: each resolved to the entity it was merged into, so one thing
// has one name and one page, with the name that was used kept beside it.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";

export interface EntityRef {
  /** The entity to show and link to: the survivor when the named one was merged. */
  id: string;
  name: string;
  kind: string;
  /** Admiralty reliability letter (A-F) of the entity as a source, when someone judged it. */
  reliability: string | null;
  /** The name used where the id appeared, when it differs from the survivor's. */
  namedAs: string | null;
}

export async function getEntityRefs(access: ProjectAccess, ids: Iterable<string>): Promise<Record<string, EntityRef>> {
  const { projectId } = access;
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return {};
  const select = { id: true, name: true, kind: true, reliability: true, mergedIntoId: true } as const;
  const rows = await db().entity.findMany({ where: { projectId, id: { in: wanted } }, select });
  const survivorIds = rows.flatMap((e) => (e.mergedIntoId ? [e.mergedIntoId] : []));
  const survivors = survivorIds.length ? await db().entity.findMany({ where: { projectId, id: { in: survivorIds } }, select }) : [];
  const byId = new Map([...rows, ...survivors].map((e) => [e.id, e]));
  const refs: Record<string, EntityRef> = {};
  for (const e of rows) refs[e.id] = entityRef(e, e.mergedIntoId ? byId.get(e.mergedIntoId) : undefined);
  return refs;
}

type EntityRow = { id: string; name: string; kind: string; reliability: string | null };

/** How entity `e` is shown: as `survivor` when it was merged into one, keeping the name it was used by. */
export function entityRef(e: EntityRow, survivor: EntityRow | undefined): EntityRef {
  const shown = survivor ?? e;
  return { id: shown.id, name: shown.name, kind: shown.kind, reliability: shown.reliability, namedAs: shown.id === e.id ? null : e.name };
}
