import { describe, expect, it } from "vitest";
import { parseStatementLog } from "./statement-log";

const at = (pid: number) => `2026-12-07 07:10:00.123 UTC [${pid}] `;

describe("parseStatementLog", () => {
  it("cuts the server's log into pages at the marks, with multi-line statements and their parameters", () => {
    const log = [
      `${at(9)}LOG:  duration: 0.050 ms  execute <unnamed>: SELECT 'bench-pages mark 0'`,
      `${at(7)}LOG:  duration: 0.020 ms  parse <unnamed>: SELECT 1`,
      `${at(7)}LOG:  duration: 1.500 ms  execute <unnamed>: SELECT *`,
      `\tFROM "Claim" WHERE "projectId" = $1 AND title = $2 AND note = $3`,
      `${at(7)}DETAIL:  Parameters: $1 = 'prj_demo', $2 = 'it''s, $3 = ''x''', $3 = NULL`,
      `${at(8)}LOG:  duration: 0.300 ms  statement: BEGIN`,
      `${at(9)}LOG:  duration: 0.040 ms  execute s1: SELECT 'bench-pages mark 1'`,
      `${at(8)}LOG:  duration: 2.000 ms  execute <unnamed>: SELECT id FROM pgboss.job`,
      `${at(8)}LOG:  checkpoint starting: time`,
    ].join("\n");
    const pages = parseStatementLog(log);
    expect([...pages.keys()]).toEqual([0, 1]);
    expect(pages.get(0)).toEqual([
      { pid: 7, ms: 1.5, text: `SELECT *\nFROM "Claim" WHERE "projectId" = $1 AND title = $2 AND note = $3`, values: ["prj_demo", "it's, $3 = 'x'", null] },
      { pid: 8, ms: 0.3, text: "BEGIN", values: [] },
    ]);
    // The job queue's polling is not a page's work.
    expect(pages.get(1)).toEqual([]);
  });

  it("ignores statements before the first mark", () => {
    expect(parseStatementLog(`${at(7)}LOG:  duration: 1.000 ms  statement: SELECT 1`).size).toBe(0);
  });
});
