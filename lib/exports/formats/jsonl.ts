// JSON Lines: one nested claim per line (fields, evidence, attribution, reviews), from a cursor.
import { formatJsonlLine } from "../claim-record";
import { claimRecords } from "./claim-streams";
import type { FormatWriter } from "./export-format";

export const writeJsonl: FormatWriter = async function* (session, plan) {
  for await (const batch of claimRecords(session, plan)) yield Buffer.from(batch.map(formatJsonlLine).join(""));
};
