import type { compareClaims } from "@/lib/claims/compare-claims";

export type CompareGroupData = Awaited<ReturnType<typeof compareClaims>>[number];
export type CompareRow = CompareGroupData["claims"][number];
export type CompareRef = CompareRow["assertedBy"];
