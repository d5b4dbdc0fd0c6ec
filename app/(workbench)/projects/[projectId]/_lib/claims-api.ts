// The claim form's calls to the public API, through the typed client: create, edit
// (version-checked), submit, and a new entity named from the form.
import { callApi } from "@/app/_lib/api/call-api";
import type { TAttribution } from "@/lib/claims/schemas";
import type { TEntityKind } from "@/lib/entities/schemas";
import { createClaim as createContract, submitClaim as submitContract, updateClaim as updateContract } from "@/lib/http/contracts/claims";
import { createEntity as createEntityContract } from "@/lib/http/contracts/entities";

export interface ClaimInput {
  type: string;
  fields: Record<string, unknown>;
  evidence: string[];
  attribution: TAttribution;
}

export const createClaim = (projectId: string, input: ClaimInput) => callApi(createContract, { params: { projectId }, body: input });

export const updateClaim = (claimId: string, version: number, changes: Omit<ClaimInput, "type" | "evidence"> & { evidence?: string[] }) =>
  callApi(updateContract, { params: { claimId }, body: { version, ...changes } });

export const submitClaim = (claimId: string) => callApi(submitContract, { params: { claimId } });

export const createEntity = (projectId: string, kind: TEntityKind, name: string) => callApi(createEntityContract, { params: { projectId }, body: { kind, name } });
