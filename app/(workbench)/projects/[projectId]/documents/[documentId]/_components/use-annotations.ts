"use client";
// The reader's annotations and the people who made them, as one reducer: loaded compactly with the
// page, then changed by this reader (optimistic inserts, confirmed or withdrawn) and by others
// (live). A live annotation by someone not yet in the people table adds them.
import { useReducer } from "react";
import { type PackedSpanTable, spanRows } from "@/lib/annotations/packed-span-table";
import type { AnnotationSpanTable, SpanPerson } from "@/lib/annotations/span-table";
import { type Ann, AnnotationIndex } from "@/lib/reader";

export interface AnnotationsState {
  index: AnnotationIndex;
  people: readonly SpanPerson[];
}

export type AnnotationsAction =
  | { type: "upsert"; ann: Omit<Ann, "person">; personId: string; replacing?: string }
  | { type: "remove"; id: string };

function reduce(state: AnnotationsState, action: AnnotationsAction): AnnotationsState {
  if (action.type === "remove") {
    const index = state.index.remove(action.id);
    return index === state.index ? state : { ...state, index };
  }
  let person = state.people.findIndex((p) => p.id === action.personId);
  let people = state.people;
  if (person === -1) {
    person = people.length;
    people = [...people, { id: action.personId, name: "Another member" }];
  }
  const current = state.index.get(action.ann.id);
  const next: Ann = { ...action.ann, person };
  // Our own live echo of an annotation already shown changes nothing; skip the O(n) copy.
  if (current && !action.replacing && current.start === next.start && current.end === next.end && !current.pending === !next.pending) {
    return state;
  }
  return { people, index: state.index.upsert(next, action.replacing) };
}

function init(table: AnnotationSpanTable | PackedSpanTable): AnnotationsState {
  const items = spanRows(table).map(([id, start, end, person]) => ({ id, start, end, person }));
  return { index: AnnotationIndex.from(items), people: table.people };
}

export function useAnnotations(table: AnnotationSpanTable | PackedSpanTable) {
  return useReducer(reduce, table, init);
}
