// Compares two releases of a project by claim id, on their claims.jsonl: claims added, removed,
// and changed (with the paths that changed). The base release is held in memory as lines; the
// head is streamed against it.
import type { ProjectAccess } from "../access/authorize-project";
import type { ClaimRecord } from "../exports/claim-record";
import { describeRecord } from "../exports/describe-record";
import { exportFormat } from "../exports/formats";
import { diffValues, type FieldChange } from "./diff-records";
import { getRelease } from "./get-release";
import { releaseFileChunks } from "./read-release-file";
import { readLines } from "./read-lines";

/** Per list, at most this many claims are described; the totals always count them all. */
const LIST_LIMIT = 500;
const JSONL = exportFormat("jsonl").fileName;

const brief = (r: ClaimRecord) => ({ id: r.id, type: r.type, status: r.status, summary: describeRecord(r) });

export async function compareReleases(access: ProjectAccess, baseId: string, headId: string) {
  const [base, head] = await Promise.all([getRelease(access, baseId), getRelease(access, headId)]);
  const before = new Map<string, string>();
  for await (const line of readLines(releaseFileChunks(base.id, JSONL))) before.set((JSON.parse(line) as ClaimRecord).id, line);

  const added: ReturnType<typeof brief>[] = [];
  const changed: (ReturnType<typeof brief> & { changes: FieldChange[] })[] = [];
  const totals = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for await (const line of readLines(releaseFileChunks(head.id, JSONL))) {
    const record = JSON.parse(line) as ClaimRecord;
    const old = before.get(record.id);
    before.delete(record.id);
    if (old === undefined) {
      totals.added += 1;
      if (added.length < LIST_LIMIT) added.push(brief(record));
    } else if (old === line) {
      totals.unchanged += 1;
    } else {
      totals.changed += 1;
      if (changed.length < LIST_LIMIT) changed.push({ ...brief(record), changes: diffValues(JSON.parse(old), record) });
    }
  }
  totals.removed = before.size;
  const removed = [...before.values()].slice(0, LIST_LIMIT).map((line) => brief(JSON.parse(line) as ClaimRecord));
  const side = (r: typeof base) => ({ id: r.id, name: r.name, createdAt: r.createdAt, counts: r.counts });
  return { base: side(base), head: side(head), totals, added, removed, changed };
}
