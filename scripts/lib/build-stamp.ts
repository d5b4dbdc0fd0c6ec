// Decides whether the production build is current: a hash of everything the build reads.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "lib", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.js", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", ".data"]);

function walk(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name) && !name.endsWith(".test.ts")) walk(path.join(p, name), out);
  } else out.push(p);
}

export function sourceStamp(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const f of files) hash.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex");
}

const STAMP_FILE = ".next/source-stamp";

export function buildIsCurrent(root = process.cwd()): boolean {
  const stampFile = path.join(root, STAMP_FILE);
  return existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sourceStamp(root);
}

export const stampFilePath = (root = process.cwd()) => path.join(root, STAMP_FILE);
