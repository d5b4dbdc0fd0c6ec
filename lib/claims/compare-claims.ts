// The compare view's data: claims grouped by what they are about, each with its values, who
// asserted and reported it, its evidence, and how many independent origins stand behind a group.
import { z } from "zod";
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { CLAIM_STATUSES } from "./schemas";
import { summariseOrigins } from "./independence";

export const ZCompareQuery = z.object({
  type: z.string().min(1).max(64).default("victim_count"),
  entityId: z.string().min(1).max(64).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
});
export type TCompareQuery = z.infer<typeof ZCompareQuery>;

export async function compareClaims(access: ProjectAccess, query: TCompareQuery) {
  const { projectId } = access;
  const entities = await db().entity.findMany({ where: { projectId }, select: { id: true, name: true, kind: true, reliability: true, mergedIntoId: true } });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const canonical = (id: string | null) => (id ? (byId.get(id)?.mergedIntoId ?? id) : null);
  const subjectIds = query.entityId ? entities.filter((e) => canonical(e.id) === query.entityId).map((e) => e.id) : undefined;
  const claims = await db().claim.findMany({
    where: { projectId, type: query.type, ...(query.status ? { status: query.status } : {}), ...(subjectIds ? { subjectEntityId: { in: subjectIds } } : {}) },
    include: { evidence: { orderBy: { position: "asc" } } },
    orderBy: [{ countMin: "asc" }, { createdAt: "asc" }],
  });
  const annotations = await db().annotation.findMany({
    where: { projectId, id: { in: claims.flatMap((c) => c.evidence.map((e) => e.annotationId)) } },
    select: { id: true, exact: true, documentId: true },
  });
  const quotes = new Map(annotations.map((a) => [a.id, a]));
  const documents = await db().document.findMany({
    where: { projectId, id: { in: [...new Set(claims.flatMap((c) => c.evidence.map((e) => e.documentId)))] } },
    select: { id: true, title: true, publisher: true, lineageId: true },
  });
  const docs = new Map(documents.map((d) => [d.id, d]));
  const ref = (id: string | null) => {
    const e = id ? byId.get(canonical(id) ?? id) : undefined;
    return e ? { id: e.id, name: e.name, kind: e.kind, reliability: e.reliability } : null;
  };

  const groups = new Map<string, typeof claims>();
  for (const c of claims) {
    const key = canonical(c.subjectEntityId) ?? "";
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()].map(([subjectId, members]) => {
    const rows = members.map((c) => ({
      id: c.id,
      status: c.status,
      fields: c.fields as Record<string, unknown>,
      bounds: { min: c.countMin, max: c.countMax },
      assertedBy: ref(c.assertedById),
      reportedBy: ref(c.reportedById),
      via: c.via.map((v) => ref(v)),
      stance: c.stance,
      modality: c.modality,
      deprecated: c.deprecatedAt !== null,
      evidence: c.evidence.map((e) => ({ annotationId: e.annotationId, exact: quotes.get(e.annotationId)?.exact ?? "", document: docs.get(e.documentId) ?? null })),
    }));
    const summary = summariseOrigins(
      members.map((c) => ({ origin: canonical(c.assertedById)!, documents: c.evidence.map((e) => docs.get(e.documentId)?.lineageId ?? e.documentId) })),
    );
    const mins = rows.map((r) => r.bounds.min).filter((n): n is number => n !== null);
    const maxs = rows.map((r) => r.bounds.max ?? r.bounds.min).filter((n): n is number => n !== null);
    return {
      subject: ref(subjectId || null),
      claims: rows,
      summary: {
        ...summary,
        origins: summary.origins.map((o) => ({ ...o, entity: ref(o.origin) })),
        lowest: mins.length ? Math.min(...mins) : null,
        highest: maxs.length ? Math.max(...maxs) : null,
      },
    };
  });
}
