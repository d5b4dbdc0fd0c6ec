// The compare view's data: claims grouped by what they are about, each with its values, who
// asserted and reported it, its evidence, and how many independent origins stand behind a group.
import type { ProjectAccess } from "../access/authorize-project";
import { attributeValues } from "./attributes/claim-attributes";
import { compareEntities, compareRows, type CompareRow } from "./compare-rows";
import { summariseOrigins } from "./independence";
import type { TCompareQuery } from "./compare-query";

export { ZCompareQuery, type TCompareQuery } from "./compare-query";

export async function compareClaims(access: ProjectAccess, query: TCompareQuery) {
  const { projectId } = access;
  const entities = await compareEntities(projectId);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const canonical = (id: string | null) => (id ? (byId.get(id)?.mergedIntoId ?? id) : null);
  const subjectIds = query.entityId ? entities.filter((e) => canonical(e.id) === query.entityId).map((e) => e.id) : undefined;
  const claims = await compareRows(projectId, { type: query.type, status: query.status, subjectIds });
  const ref = (id: string | null) => {
    const e = id ? byId.get(canonical(id) ?? id) : undefined;
    return e ? { id: e.id, name: e.name, kind: e.kind, reliability: e.reliability } : null;
  };

  const groups = new Map<string, CompareRow[]>();
  for (const c of claims) {
    const key = canonical(c.subjectEntityId) ?? "";
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()].map(([subjectId, members]) => {
    const rows = members.map((c) => ({
      id: c.id,
      status: c.status,
      fields: c.fields,
      bounds: { min: c.countMin, max: c.countMax },
      assertedBy: ref(c.assertedById),
      reportedBy: ref(c.reportedById),
      via: c.via.map((v) => ref(v)),
      ...attributeValues(c),
      deprecated: c.deprecated,
      evidence: c.evidence.map((e) => ({ annotationId: e.annotationId, exact: e.exact ?? "", document: e.document })),
    }));
    const summary = summariseOrigins(
      members.map((c) => ({ origin: canonical(c.assertedById)!, documents: c.evidence.map((e) => e.document?.lineageId ?? e.documentId) })),
    );
    const mins = rows.map((r) => r.bounds.min).filter((n): n is number => n !== null);
    const maxs = rows.map((r) => r.bounds.max ?? r.bounds.min).filter((n): n is number => n !== null);
    return {
      subject: ref(subjectId || null),
      claims: rows,
      summary: {
        ...summary,
        origins: summary.origins.map((o) => ({ ...o, entity: ref(o.origin) })),
        lowest: mins.length ? mins.reduce((a, b) => Math.min(a, b)) : null,
        highest: maxs.length ? maxs.reduce((a, b) => Math.max(a, b)) : null,
      },
    };
  });
}
