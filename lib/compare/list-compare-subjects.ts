// The compare page's subject choices: `listClaimSubjects` counts every claim of the type, so its
// answer is kept for the project's current state like the groups' figures (`cachedAtHead`).
import type { ProjectAccess } from "../access/authorize-project";
import { type ClaimSubject, listClaimSubjects } from "../claims/list-claim-subjects";
import { cachedAtHead } from "../projects/cached-at-head";

export function listCompareSubjects(access: ProjectAccess, type: string): Promise<ClaimSubject[]> {
  return cachedAtHead(access.projectId, JSON.stringify(["compare-subjects", type]), () => listClaimSubjects(access, type));
}
