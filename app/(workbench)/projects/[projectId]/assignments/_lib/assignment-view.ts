// What the assignments page shows of an assignment (the lib's view), grouped by document.
import type { listAssignments } from "@/lib/assignments/list-assignments";

export type AssignmentView = Awaited<ReturnType<typeof listAssignments>>[number];

export interface DocumentGroup {
  lineageId: string;
  documentId: string;
  title: string;
  assignments: AssignmentView[];
}

export function byDocument(items: AssignmentView[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const a of items) {
    const group = groups.get(a.lineageId) ?? { lineageId: a.lineageId, documentId: a.documentId, title: a.title, assignments: [] };
    group.assignments.push(a);
    groups.set(a.lineageId, group);
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));
}
