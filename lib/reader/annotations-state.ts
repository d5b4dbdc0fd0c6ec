// The reader's annotations and the people who made them, as one reducer's state (use-annotations.ts
// holds it in React): loaded compactly with the page, then changed by this reader (optimistic
// inserts, confirmed or withdrawn) and by others (live). A live annotation by someone not yet in the
// people table adds them. A long text's page brings only the annotations of its opening; the rest
// arrive once its highlights are painted (`rest`) and join whatever changed meanwhile: a live or
// local change of one of them is newer than the table, so it is kept, and one deleted meanwhile
// stays deleted. Plain TypeScript, safe in the browser.
import { type PackedSpanTable, spanRows } from "../annotations/packed-span-table";
import type { AnnotationSpanTable, SpanPerson } from "../annotations/span-table";
import { type Ann, AnnotationIndex } from "./annotation-index";

export type SpanTable = AnnotationSpanTable | PackedSpanTable;

export interface AnnotationsState {
  index: AnnotationIndex;
  people: readonly SpanPerson[];
  /** Until the rest of a long text's annotations have arrived: the ids removed meanwhile (else null). */
  removedEarly: ReadonlySet<string> | null;
}

export type AnnotationsAction =
  | { type: "upsert"; ann: Omit<Ann, "person">; personId: string; replacing?: string }
  | { type: "remove"; id: string }
  | { type: "rest"; table: SpanTable };

/** The people table with `person` in it (added, with a placeholder name, when new), and their index. */
function withPerson(people: readonly SpanPerson[], person: SpanPerson): [readonly SpanPerson[], number] {
  const at = people.findIndex((p) => p.id === person.id);
  return at === -1 ? [[...people, person], people.length] : [people, at];
}

/** The rest of the table joined to what is shown (see the top of the file). */
function joinRest(state: AnnotationsState, table: SpanTable): AnnotationsState {
  if (!state.removedEarly) return state;
  let people = state.people;
  const personOf = table.people.map((p) => {
    const [next, at] = withPerson(people, p);
    people = next;
    return at;
  });
  const added: Ann[] = [];
  for (const [id, start, end, person] of spanRows(table)) {
    if (!state.removedEarly.has(id) && !state.index.get(id)) added.push({ id, start, end, person: personOf[person] ?? 0 });
  }
  return { people, index: AnnotationIndex.from([...state.index.items, ...added]), removedEarly: null };
}

export function reduceAnnotations(state: AnnotationsState, action: AnnotationsAction): AnnotationsState {
  if (action.type === "rest") return joinRest(state, action.table);
  if (action.type === "remove") {
    const index = state.index.remove(action.id);
    const removedEarly = state.removedEarly && new Set(state.removedEarly).add(action.id);
    return index === state.index && removedEarly === null ? state : { ...state, index, removedEarly };
  }
  const [people, person] = withPerson(state.people, { id: action.personId, name: "Another member" });
  const current = state.index.get(action.ann.id);
  const next: Ann = { ...action.ann, person };
  // Our own live echo of an annotation already shown changes nothing; skip the O(n) copy.
  if (current && !action.replacing && current.start === next.start && current.end === next.end && !current.pending === !next.pending) {
    return state;
  }
  return { ...state, people, index: state.index.upsert(next, action.replacing) };
}

export function initAnnotations({ table, partial }: { table: SpanTable; partial: boolean }): AnnotationsState {
  const items = spanRows(table).map(([id, start, end, person]) => ({ id, start, end, person }));
  return { index: AnnotationIndex.from(items), people: table.people, removedEarly: partial ? new Set() : null };
}

