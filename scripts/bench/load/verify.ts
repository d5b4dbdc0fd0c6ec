// What the database holds after a phase: the project's annotations, claims and events, counted
// directly, so a write the app answered 201 for but lost (or wrote twice) shows as a difference.
import postgres from "postgres";
import { exchange, mustJson } from "./http";

export interface Counts {
  annotations: number;
  claims: number;
  events: number;
}

export async function countRows(databaseUrl: string, projectId: string): Promise<Counts> {
  const sql = postgres(databaseUrl, { max: 1 });
  try {
    const [row] = await sql<{ annotations: number; claims: number; events: number }[]>`
      SELECT (SELECT count(*)::int FROM "Annotation" WHERE "projectId" = ${projectId}) AS annotations,
             (SELECT count(*)::int FROM "Claim" WHERE "projectId" = ${projectId}) AS claims,
             (SELECT count(*)::int FROM "Event" WHERE "projectId" = ${projectId}) AS events`;
    return row!;
  } finally {
    await sql.end();
  }
}

export const diff = (after: Counts, before: Counts): Counts => ({
  annotations: after.annotations - before.annotations,
  claims: after.claims - before.claims,
  events: after.events - before.events,
});

/** The app's own check of the hash chain (GET /events/verify), which recomputes every hash. */
export async function verifyChain(baseUrl: string, projectId: string, token: string): Promise<{ ok: boolean; count: number }> {
  return mustJson("verify the event chain", exchange(baseUrl, "GET", `/api/v1/projects/${projectId}/events/verify`, { token }));
}

export async function annotatorIds(databaseUrl: string, emailPattern: string): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1 });
  try {
    const rows = await sql<{ id: string }[]>`SELECT id FROM "User" WHERE email LIKE ${emailPattern} ORDER BY "createdAt", email`;
    return rows.map((r) => r.id);
  } finally {
    await sql.end();
  }
}
