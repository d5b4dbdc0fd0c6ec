"use client";
// The parts of the reader its first screen does not need: the open annotation's panel, the claim
// form, adding evidence to a claim, and the API client with its contracts (zod schemas, some
// 100 kB of code to compile and build). They load on first use or as soon as the first screen is
// drawn (preloadDeferredParts), whichever comes first, so the page and its highlights come sooner
// and nothing waits for them later.
import { lazy } from "react";

export const loadApi = () => import("../_lib/api");
const loadDetail = () => import("./annotation-detail");
const loadClaimPanel = () => import("./claim-panel");
const loadAddEvidence = () => import("./add-evidence");
const loadClaimsApi = () => import("../../../_lib/claims-api");

export const AnnotationDetail = lazy(() => loadDetail().then((m) => ({ default: m.AnnotationDetail })));
export const ClaimPanel = lazy(() => loadClaimPanel().then((m) => ({ default: m.ClaimPanel })));
export const AddEvidence = lazy(() => loadAddEvidence().then((m) => ({ default: m.AddEvidence })));

/** Starts loading every deferred part (once the first screen is drawn). */
export function preloadDeferredParts(): void {
  for (const load of [loadApi, loadDetail, loadClaimPanel, loadAddEvidence, loadClaimsApi]) void load().catch(() => {});
}
