import type { CompareGroup, CompareGroupRow, CompareRef as Ref } from "@/lib/compare/load-compare-groups";

export type CompareGroupData = CompareGroup;
export type CompareRow = CompareGroupRow;
export type CompareRef = Ref | null;
