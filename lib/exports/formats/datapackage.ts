// A Frictionless data package: a zip of CSV tables (claims, evidence, documents, entities,
// reviews) with datapackage.json; each CSV entry is a COPY stream, read one after another.
import { Readable } from "node:stream";
import yazl from "yazl";
import { datapackageDescriptor, packageName } from "../datapackage-descriptor";
import { packageTables } from "../package-tables";
import { copyCsvCrlf } from "./claim-streams";
import type { FormatWriter } from "./export-format";

const DESCRIPTION = "Claims with their evidence spans (exact quotes, UTF-16 and code point offsets), documents, entities and reviews.";

export const writeDatapackage: FormatWriter = function (session, plan, ctx) {
  const info = { name: packageName(ctx.title), title: ctx.title, description: DESCRIPTION, now: ctx.now, filter: ctx.filter };
  const tables = packageTables(plan.compiled, plan.fieldColumns);
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const entry = { mtime: info.now, mode: 0o100644, compress: true, compressionLevel: 6 };
  zip.addBuffer(Buffer.from(datapackageDescriptor(tables, { ...info, counts: { ...plan.counts } })), "datapackage.json", entry);
  for (const table of tables) {
    zip.addReadStreamLazy(`${table.name}.csv`, entry, (done) => {
      copyCsvCrlf(session, table.sql).then(
        (stream) => done(null, Readable.from(stream)),
        (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }
  zip.end();
  return output;
};
