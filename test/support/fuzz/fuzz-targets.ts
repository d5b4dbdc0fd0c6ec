// The fuzz target of every write route, by "METHOD /path" as in the route's contract. The fuzz
// test fails for a write route missing here, and for an entry no route answers to.
import type { FuzzTarget } from "./fuzz-target";
import { accountTargets } from "./targets-accounts";
import { claimTargets } from "./targets-claims";
import { documentTargets } from "./targets-documents";
import { entityTargets } from "./targets-entities";
import { projectWorkTargets } from "./targets-project-work";

export const FUZZ_TARGETS: Readonly<Record<string, FuzzTarget>> = {
  ...accountTargets,
  ...projectWorkTargets,
  ...documentTargets,
  ...claimTargets,
  ...entityTargets,
};

/** Write routes whose body is a byte stream, not JSON: each has a hostile-bytes test of its own. */
export const BYTE_STREAM_ROUTES: Readonly<Record<string, string>> = {
  "POST /backups": "app/api/v1/backups/hostile-archive.test.ts",
  "POST /projects/{projectId}/sources": "app/api/v1/projects/[projectId]/sources/hostile-upload.test.ts",
};
