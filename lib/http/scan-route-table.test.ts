import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportedMethods, scanRouteTable } from "./scan-route-table.js";

describe("exportedMethods", () => {
  it("reads the ways a route module exports its methods", () => {
    const source = [
      "export const GET = handle(contract, async () => json({}));",
      "export async function POST(req) {}",
      "export function DELETE() {}",
      "export { handler as PATCH, other as OPTIONS };",
      "export const GETTER = 1; // not a method",
      "const PUT = 1; // not exported",
    ].join("\n");
    expect(exportedMethods(source)).toEqual(["GET", "POST", "PATCH", "DELETE", "OPTIONS"]);
  });
});

describe("scanRouteTable", () => {
  it("lists each route file's path in OpenAPI form, without route groups or catch-alls", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "routes-"));
    const put = (rel: string, source: string) => {
      mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), source);
    };
    put("projects/route.ts", "export const GET = 1; export const POST = 2;");
    put("projects/[projectId]/(admin)/members/route.ts", "export const GET = 1;");
    put("[...path]/route.ts", "export { x as GET };");
    put("projects/helper.ts", "export const GET = 1;");
    const table = scanRouteTable(dir).sort((a, b) => a.path.localeCompare(b.path));
    expect(table).toEqual([
      { path: "/projects", methods: ["GET", "POST"] },
      { path: "/projects/{projectId}/members", methods: ["GET"] },
    ]);
  });
});
