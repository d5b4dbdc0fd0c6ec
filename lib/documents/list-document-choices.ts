// A project's documents as a filter's choices (id, title, version), oldest first, in one statement:
// the filter forms of the claims list, the review queue and search show up to a few hundred of them
// and need nothing else of each row.
import type { ProjectAccess } from "../access/authorize-project";
import { sql } from "../db/sql";

export interface DocumentChoice {
  id: string;
  title: string;
  version: number;
}

export async function listDocumentChoices(access: ProjectAccess, limit: number): Promise<DocumentChoice[]> {
  return sql()<DocumentChoice[]>`
    SELECT id, title, version FROM "Document" WHERE "projectId" = ${access.projectId}
    ORDER BY "createdAt", id LIMIT ${limit}`;
}
