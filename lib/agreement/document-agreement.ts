// Agreement on one source between its annotators: span agreement per pair, and Krippendorff's
// alpha per claim field over "units" (groups of overlapping evidence spans), with the
// disagreements listed so a curator can settle them.
import type { ProjectAccess } from "../access/authorize-project";
import { db } from "../db/client";
import { notFound } from "../errors";
import { krippendorffAlphaNominal, type Reliability } from "./krippendorff-alpha";
import { spanAgreement } from "./span-agreement";
import { unitsOf } from "./units";

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export async function documentAgreement(access: ProjectAccess, documentId: string) {
  const doc = await db().document.findFirst({ where: { id: documentId, projectId: access.projectId }, select: { lineageId: true } });
  if (!doc) throw notFound("document");
  const assignments = await db().assignment.findMany({ where: { projectId: access.projectId, lineageId: doc.lineageId } });
  const annotations = await db().annotation.findMany({
    where: { projectId: access.projectId, lineageId: doc.lineageId, deletedAt: null, status: "active" },
    select: { id: true, start: true, end: true, exact: true, createdById: true },
  });
  const coders = assignments.length ? assignments.map((a) => a.userId) : [...new Set(annotations.map((a) => a.createdById))];
  const byCoder = groupBy(annotations, (a) => a.createdById);
  const spansOf = (u: string) => byCoder.get(u) ?? [];
  const pairs = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const a = coders[i]!;
      const b = coders[j]!;
      const r = spanAgreement(spansOf(a), spansOf(b));
      pairs.push({ a, b, exactF1: r.exactF1, overlapF1: r.overlapF1, onlyA: r.onlyA, onlyB: r.onlyB });
    }
  }

  const unitOf = unitsOf(annotations);
  // Claims on any version of the source; those whose evidence is no active span of it are skipped below.
  const versions = await db().document.findMany({ where: { projectId: access.projectId, lineageId: doc.lineageId }, select: { id: true } });
  const claims = await db().claim.findMany({
    where: { projectId: access.projectId, createdById: { in: coders }, evidence: { some: { projectId: access.projectId, documentId: { in: versions.map((v) => v.id) } } } },
    include: { evidence: { orderBy: { position: "asc" } } },
  });
  const fieldData = new Map<string, Reliability>();
  const put = (field: string, unit: string, coder: string, value: unknown) => {
    const table = fieldData.get(field) ?? new Map();
    fieldData.set(field, table);
    const row = table.get(unit) ?? new Map();
    table.set(unit, row);
    row.set(coder, JSON.stringify(value));
  };
  for (const c of claims) {
    const unit = unitOf.get(c.evidence.find((e) => unitOf.has(e.annotationId))?.annotationId ?? "");
    if (!unit) continue;
    put("type", unit, c.createdById, c.type);
    for (const [field, value] of Object.entries(c.fields as Record<string, unknown>)) put(`${c.type}.${field}`, unit, c.createdById, value);
  }
  const fields = [...fieldData.entries()].map(([field, data]) => ({
    field,
    alpha: krippendorffAlphaNominal(data),
    units: [...data.values()].filter((r) => r.size >= 2).length,
    disagreements: [...data.entries()]
      .filter(([, row]) => row.size >= 2 && new Set(row.values()).size > 1)
      .map(([unit, row]) => ({ unit, values: Object.fromEntries([...row.entries()].map(([coder, v]) => [coder, JSON.parse(v)])) })),
  }));
  const membersOf = groupBy(annotations, (a) => unitOf.get(a.id)!);
  const units = [...new Set(unitOf.values())].map((unit) => {
    const members = membersOf.get(unit)!;
    const widest = members.reduce((w, m) => (m.end - m.start > w.end - w.start ? m : w));
    const start = members.reduce((low, m) => Math.min(low, m.start), Infinity);
    const end = members.reduce((high, m) => Math.max(high, m.end), -Infinity);
    return { unit, start, end, quote: widest.exact, annotators: [...new Set(members.map((m) => m.createdById))] };
  });
  return {
    lineageId: doc.lineageId,
    annotators: coders.map((u) => ({ userId: u, submitted: assignments.find((a) => a.userId === u)?.submittedAt?.toISOString() ?? null, spans: spansOf(u).length })),
    pairs,
    fields,
    units,
  };
}
