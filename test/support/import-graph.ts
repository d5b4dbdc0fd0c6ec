// The project's own import graph, read from the sources with TypeScript's parser: which files a
// file imports (static, re-exports and dynamic import()), and the shortest chain of imports from
// one file to another. The layering tests walk it, since lint sees one file's imports at a time.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const CANDIDATES = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

export const relative = (file: string) => path.relative(ROOT, file);

/** Every source file below a folder of the repository, generated code left out. */
export function sourceFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : walk(full);
      return SOURCE.test(entry.name) ? [full] : [];
    });
  return walk(path.join(ROOT, folder));
}

/** The file an import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (base === null) return null;
  const file = CANDIDATES.map((ext) => base + ext).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) throw new Error(`${relative(from)} imports ${spec}, which names no file`);
  return file;
}

interface Imported {
  file: string;
  /** Only types are imported (`import type`, or every name marked `type`): nothing of it runs. */
  typeOnly: boolean;
}

function typeOnlyClause(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

const parsed = new Map<string, { imports: Imported[]; directive: string | null }>();
function read(file: string) {
  let entry = parsed.get(file);
  if (!entry) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const imports: Imported[] = [];
    const add = (spec: string, typeOnly: boolean) => {
      const target = resolveImport(file, spec);
      if (target) imports.push({ file: target, typeOnly });
    };
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, typeOnlyClause(node));
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) add(node.arguments[0].text, false);
      ts.forEachChild(node, visit);
    };
    visit(source);
    const first = source.statements[0];
    const directive = first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
    entry = { imports, directive };
    parsed.set(file, entry);
  }
  return entry;
}

/** The directive a module opens with ("use client", "use server"), or null. */
export const directiveOf = (file: string) => read(file).directive;

export interface WalkOptions {
  /** Follow imports of types only (true for layering: a type import still couples the files). */
  types: boolean;
  /** A file the walk does not go beyond (it is still reached). */
  stopAt?: (file: string) => boolean;
}

/** The shortest chain of imports from `start` to a file `target` accepts, or null. */
export function chainTo(start: string, target: (file: string) => boolean, options: WalkOptions): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (target(file)) {
      const chain: string[] = [];
      for (let at: string | null = file; at !== null; at = cameFrom.get(at) ?? null) chain.unshift(relative(at));
      return chain;
    }
    if (file !== start && options.stopAt?.(file)) continue;
    for (const next of read(file).imports) {
      if ((options.types || !next.typeOnly) && !cameFrom.has(next.file)) {
        cameFrom.set(next.file, file);
        queue.push(next.file);
      }
    }
  }
  return null;
}

/** Each file's chain to a target, as "a → b → c" lines; empty when none reaches one. */
export function chainsTo(files: string[], target: (file: string) => boolean, options: WalkOptions): string[] {
  return files.map((f) => chainTo(f, target, options)).filter((c): c is string[] => c !== null).map((c) => c.join(" → "));
}

/** A file under a folder of the repository. */
export const under = (folder: string) => (file: string) => relative(file).startsWith(`${folder}/`);
