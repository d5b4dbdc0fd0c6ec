import { describe, expect, it } from "vitest";
import { dateBounds } from "./compile-filter";
import { claimConditions, type CompiledFilter } from "./export-sql";
import { literal } from "./sql-text";

const filter: CompiledFilter = { projectId: "prj_1", statuses: ["approved"], types: [], documentIds: [], entityIds: [], createdFrom: null, createdBefore: null, excludeDeprecated: false };

describe("export SQL", () => {
  it("quotes literals so no value can end the string", () => {
    expect(literal("it's")).toBe("'it''s'");
    expect(literal("a\\'; DROP TABLE x; --")).toBe("'a\\''; DROP TABLE x; --'");
    expect(() => literal("nul\u0000")).toThrow(/NUL/);
  });

  it("writes only the conditions a filter sets", () => {
    expect(claimConditions(filter)).toBe(`c."projectId" = 'prj_1'\n  AND c.status IN ('approved')`);
    const all = claimConditions({ ...filter, statuses: null, types: ["role"], documentIds: ["doc_1"], entityIds: ["ent_1"], createdFrom: "2026-01-01T00:00:00.000Z", createdBefore: "2026-01-02T00:00:00.000Z", excludeDeprecated: true });
    expect(all).not.toContain("c.status");
    for (const part of [`c.type IN ('role')`, `x."documentId" IN ('doc_1')`, `x."entityId" IN ('ent_1')`, `c."createdAt" >= '2026-01-01T00:00:00.000Z'`, `c."createdAt" < '2026-01-02T00:00:00.000Z'`, `c."deprecatedAt" IS NULL`]) {
      expect(all).toContain(part);
    }
  });

  it("reads a date as its whole day (UTC) and an instant as itself, both ends inclusive", () => {
    expect(dateBounds({ from: "2026-01-01", to: "2026-01-31" })).toEqual({ createdFrom: "2026-01-01T00:00:00.000Z", createdBefore: "2026-02-01T00:00:00.000Z" });
    expect(dateBounds({ from: "2026-01-01T10:00:00+02:00", to: "2026-01-01T12:00:00Z" })).toEqual({ createdFrom: "2026-01-01T08:00:00.000Z", createdBefore: "2026-01-01T12:00:00.001Z" });
    // Years PostgreSQL cannot read ("0000-…", "+010000-…") bound nothing rather than fail the query.
    expect(dateBounds({ from: "0001-01-01T00:00:00+14:00", to: "9999-12-31" })).toEqual({ createdFrom: null, createdBefore: null });
    expect(dateBounds({})).toEqual({ createdFrom: null, createdBefore: null });
  });
});
