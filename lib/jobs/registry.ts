// Every kind of background job, by name. Adding a kind is adding its module to this list.
import type { JobKind } from "./job-kind";
import { captureUrlJob } from "../capture/job/capture-url-job";
import { importFileJob } from "./kinds/import-file";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind narrows its own input
const KINDS: readonly JobKind<any>[] = [importFileJob, captureUrlJob];

export function jobKind(kind: string): JobKind | undefined {
  return KINDS.find((k) => k.kind === kind);
}

export function hasJobKind(kind: string): boolean {
  return jobKind(kind) !== undefined;
}
