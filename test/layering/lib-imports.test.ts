// lib/ knows nothing of app/: no file under lib/, its tests included, reaches a file of app/ through
// its imports, however many files lie between. Lint sees only a file's own imports, and a test in
// lib/ may use test/support, parts of which drive route handlers; this walks the whole chain. Nor
// does anything in lib/ but its tests reach test code.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chainsTo, chainTo, ROOT, sourceFiles, under } from "../support/import-graph";

const LIB = sourceFiles("lib");
const withTypes = { types: true };

describe("lib/'s imports", () => {
  it("finds a chain where there is one: test support that drives route handlers reaches app/", () => {
    expect(chainTo(path.join(ROOT, "test/support/fixtures.ts"), under("app"), withTypes)?.at(-1)).toMatch(/^app\/api\/v1\/.+\/route\.ts$/);
    expect(LIB.length).toBeGreaterThan(300);
  });

  it("never reach app/, from any file under lib/ or its tests", () => {
    expect(chainsTo(LIB, under("app"), withTypes)).toEqual([]);
  });

  it("reach test code only from lib/'s own tests", () => {
    expect(chainsTo(LIB.filter((f) => !f.endsWith(".test.ts")), under("test"), withTypes)).toEqual([]);
  });
});
