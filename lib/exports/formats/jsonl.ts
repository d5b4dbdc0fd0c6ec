// JSON Lines: one nested claim per line (fields, evidence, attribution, reviews), from a cursor.
import { formatJsonlLine } from "../claim-record";
import { claimRecords } from "./claim-streams";
import { defineExportFormat } from "./export-format";

export const jsonlFormat = defineExportFormat({
  id: "jsonl",
  label: "JSON Lines",
  hint: "One claim per line, nested: fields, evidence, attribution, reviews.",
  fileName: "claims.jsonl",
  mediaType: "application/x-ndjson; charset=utf-8",
  unit: "claims",
  progress: { by: "lines", skip: 0 },
  inReleases: true,
  countsContents: false,
  async *write(session, plan) {
    for await (const batch of claimRecords(session, plan)) yield Buffer.from(batch.map(formatJsonlLine).join(""));
  },
});
