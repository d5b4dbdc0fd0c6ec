"use client";
// The reader's annotations as React state: the reducer of lib/reader/annotations-state.ts.
import { useReducer } from "react";
import { type AnnotationsAction, type AnnotationsState, initAnnotations, reduceAnnotations, type SpanTable } from "@/lib/reader";

export type { AnnotationsAction, AnnotationsState };

/** `partial`: the table holds only a long text's opening's annotations; the rest come as a `rest` action. */
export function useAnnotations(table: SpanTable, partial = false) {
  return useReducer(reduceAnnotations, { table, partial }, initAnnotations);
}
