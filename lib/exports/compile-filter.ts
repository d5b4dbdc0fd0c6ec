// Turns an export filter into the ids the SQL needs: documents become every version of their
// source, entities gain those merged into them, dates become instants. Ids that are not in the
// project are a 400 naming each one, never an empty export that looks like "no data".
import { BUILTIN_TYPES } from "../claims/types/builtin";
import { db } from "../db/client";
import { AppError, type ErrorIssue } from "../errors";
import type { CompiledFilter } from "./export-sql";
import type { TExportFilter } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const isDateOnly = (s: string) => s.length === 10;

/** `from` is inclusive; `to` is inclusive too: a date means its whole day (UTC). */
export function dateBounds(filter: Pick<TExportFilter, "from" | "to">): { createdFrom: string | null; createdBefore: string | null } {
  const from = filter.from ? new Date(isDateOnly(filter.from) ? `${filter.from}T00:00:00Z` : filter.from) : null;
  const to = filter.to ? new Date(isDateOnly(filter.to) ? `${filter.to}T00:00:00Z` : filter.to) : null;
  const before = to ? new Date(to.getTime() + (isDateOnly(filter.to ?? "") ? DAY_MS : 1)) : null;
  // Bounds outside years 1-9999 bound nothing, and PostgreSQL reads neither "0000-…" nor "+010000-…".
  const inRange = (d: Date | null) => (d && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999 ? d.toISOString() : null);
  return { createdFrom: inRange(from), createdBefore: inRange(before) };
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

export async function compileFilter(projectId: string, filter: TExportFilter): Promise<CompiledFilter> {
  const issues: ErrorIssue[] = [];
  const customTypes = filter.type.length
    ? await db().claimType.findMany({ where: { projectId, name: { in: filter.type } }, select: { name: true } })
    : [];
  const knownTypes = new Set([...Object.keys(BUILTIN_TYPES), ...customTypes.map((t) => t.name)]);
  filter.type.forEach((t, i) => {
    if (!knownTypes.has(t)) issues.push({ path: ["type", i], message: "is not a claim type of this project" });
  });

  const documents = filter.documentId.length
    ? await db().document.findMany({ where: { projectId, id: { in: filter.documentId } }, select: { id: true, lineageId: true } })
    : [];
  filter.documentId.forEach((id, i) => {
    if (!documents.some((d) => d.id === id)) issues.push({ path: ["documentId", i], message: "is not a document of this project" });
  });
  const versions = documents.length
    ? await db().document.findMany({ where: { projectId, lineageId: { in: documents.map((d) => d.lineageId) } }, select: { id: true } })
    : [];

  const entities = filter.entityId.length
    ? await db().entity.findMany({ where: { projectId, OR: [{ id: { in: filter.entityId } }, { mergedIntoId: { in: filter.entityId } }] }, select: { id: true } })
    : [];
  filter.entityId.forEach((id, i) => {
    if (!entities.some((e) => e.id === id)) issues.push({ path: ["entityId", i], message: "is not an entity of this project" });
  });

  if (issues.length) throw new AppError("invalid_input", "The export filter names something this project does not have.", { issues });
  return {
    projectId,
    statuses: filter.status.includes("all") ? null : sorted(filter.status),
    types: sorted(filter.type),
    documentIds: sorted(versions.map((d) => d.id)),
    entityIds: sorted(entities.map((e) => e.id)),
    ...dateBounds(filter),
    excludeDeprecated: filter.deprecated === "exclude",
  };
}
