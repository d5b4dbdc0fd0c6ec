// lib/ knows nothing of app/: no file under lib/, its tests included, reaches a file of app/ through
// its imports, however many files lie between. Lint sees only a file's own imports, and a test in
// lib/ may use test/support, parts of which drive route handlers; this walks the whole chain. Nor
// does anything in lib/ but its tests reach test code.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const CANDIDATES = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** The file an import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (base === null) return null;
  const file = CANDIDATES.map((ext) => base + ext).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`${path.relative(ROOT, from)} imports ${spec}, which names no file`);
  return file;
}

const imports = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let found = imports.get(file);
  if (!found) {
    if (!SOURCE.test(file)) return [];
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    found = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((f): f is string => f !== null);
    imports.set(file, found);
  }
  return found;
}

/** The shortest chain of imports from `start` to a file under `folder` (repo-relative), or null. */
function chainTo(start: string, folder: string): string[] | null {
  const inside = (f: string) => path.relative(ROOT, f).startsWith(`${folder}/`);
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (inside(file)) {
      const chain: string[] = [];
      for (let at: string | null = file; at !== null; at = cameFrom.get(at) ?? null) chain.unshift(path.relative(ROOT, at));
      return chain;
    }
    for (const next of importsOf(file)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const LIB = sourceFiles(path.join(ROOT, "lib"));
const offenders = (files: string[], folder: string) =>
  files.map((f) => chainTo(f, folder)).filter((chain): chain is string[] => chain !== null).map((chain) => chain.join(" → "));

describe("lib/'s imports", () => {
  it("finds a chain where there is one: test support that drives route handlers reaches app/", () => {
    expect(chainTo(path.join(ROOT, "test/support/fixtures.ts"), "app")?.at(-1)).toMatch(/^app\/api\/v1\/.+\/route\.ts$/);
    expect(LIB.length).toBeGreaterThan(300);
  });

  it("never reach app/, from any file under lib/ or its tests", () => {
    expect(offenders(LIB, "app")).toEqual([]);
  });

  it("reach test code only from lib/'s own tests", () => {
    expect(offenders(LIB.filter((f) => !f.endsWith(".test.ts")), "test")).toEqual([]);
  });
});
