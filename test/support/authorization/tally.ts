// Counts what a matrix run checked, for the one-line summary it prints at the end.
import { isDeepStrictEqual } from "node:util";
import { PRINCIPALS, type MatrixRow, type Principal } from "@/lib/access/authorization-matrix";

export interface Tally {
  rows: number;
  cells: number;
  unexpected: number;
  deniedUnchanged: number;
}

export const newTally = (): Tally => ({ rows: 0, cells: 0, unexpected: 0, deniedUnchanged: 0 });

export function summary(name: string, t: Tally): string {
  return `authorization matrix (${name}): ${t.cells} cells checked (${t.rows} rows × ${PRINCIPALS.length} principals), unexpected = ${t.unexpected}; ${t.deniedUnchanged} denied cells changed nothing`;
}

/** Names each key of one list missing from the other: rows without a handler, handlers without a row. */
export function coverage(what: string, table: string[], found: string[]): string[] {
  const inTable = new Set(table);
  const onDisk = new Set(found);
  return [
    ...found.filter((k) => !inTable.has(k)).map((k) => `${k}: ${what} without a row in lib/access/authorization-matrix.ts`),
    ...table.filter((k) => !onDisk.has(k)).map((k) => `${k}: row for a ${what} that no longer exists`),
  ];
}

export interface CellResult {
  status: number;
  detail: string;
  /** Why an answer with the allowed status still did not do what was asked, if so. */
  shortfall?: string | null;
}

/**
 * Runs one row: each principal's cell, in order, with a fresh request. A denied cell is checked
 * to have changed nothing; any disagreement is named by key, principal, expected and actual.
 */
export async function runRow<S>(
  key: string,
  row: MatrixRow,
  tally: Tally,
  cell: (who: Principal) => Promise<{ run: () => Promise<CellResult> }>,
  state: () => Promise<S>,
): Promise<string[]> {
  const problems: string[] = [];
  tally.rows++;
  for (const [i, who] of PRINCIPALS.entries()) {
    const expected = row.expect[i] ?? 0;
    const { run } = await cell(who);
    const before = expected >= 400 ? await state() : undefined;
    const { status, detail, shortfall } = await run();
    tally.cells++;
    if (status !== expected) {
      problems.push(`${key} as ${who} (on ${row.on}): expected ${expected}, got ${status} ${detail.slice(0, 300)}`);
    } else if (shortfall) {
      problems.push(`${key} as ${who} (on ${row.on}): ${status} as expected, but ${shortfall}`);
    } else if (before !== undefined) {
      const after = await state();
      if (isDeepStrictEqual(before, after)) tally.deniedUnchanged++;
      else problems.push(`${key} as ${who}: denied with ${status} but changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    }
  }
  tally.unexpected += problems.length;
  return problems;
}
