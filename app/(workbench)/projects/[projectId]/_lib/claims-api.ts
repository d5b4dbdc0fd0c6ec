// The claim form's calls to the public API: create, edit (version-checked), submit, and a new
// entity named from the form.
import { apiCall } from "@/app/_lib/api-call";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { TAttribution } from "@/lib/claims/schemas";
import type { EntityName } from "@/lib/entities/list-entity-names";
import type { TEntityKind } from "@/lib/entities/schemas";

const enc = encodeURIComponent;

export interface ClaimInput {
  type: string;
  fields: Record<string, unknown>;
  evidence: string[];
  attribution: TAttribution;
}

export const createClaim = (projectId: string, input: ClaimInput) => apiCall<ClaimView>("POST", `/api/v1/projects/${enc(projectId)}/claims`, input);

export const updateClaim = (claimId: string, version: number, changes: Omit<ClaimInput, "type" | "evidence"> & { evidence?: string[] }) =>
  apiCall<ClaimView>("PATCH", `/api/v1/claims/${enc(claimId)}`, { version, ...changes });

export const submitClaim = (claimId: string) => apiCall<ClaimView>("POST", `/api/v1/claims/${enc(claimId)}/submit`, {});

export const createEntity = (projectId: string, kind: TEntityKind, name: string) =>
  apiCall<EntityName>("POST", `/api/v1/projects/${enc(projectId)}/entities`, { kind, name });
