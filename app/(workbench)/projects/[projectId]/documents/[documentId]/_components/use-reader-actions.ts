"use client";
// What the reader does, in one place for the buttons, the keys and the live stream: annotate a span
// (shown at once, then confirmed or withdrawn with the server's answer), open an annotation
// (scrolling and flashing it in the text when asked), step to the next or previous one, and apply
// another person's change. The callbacks are stable; they read the latest state from a ref.
import { type Dispatch, useCallback, useEffect, useMemo, useRef } from "react";
import type { SpanPerson } from "@/lib/annotations/span-table";
import type { Ann, AnnotationIndex, ReaderSurface, Span, ViewWindow } from "@/lib/reader";
import { loadApi } from "./deferred-parts";
import type { AnnotationsAction } from "./use-annotations";

export interface ReaderSnapshot {
  index: AnnotationIndex;
  people: readonly SpanPerson[];
  items: readonly Ann[];
  selectedId: string | null;
  view: ViewWindow | null;
}

interface Deps {
  documentId: string;
  me: string;
  text: string;
  viewport: ReaderSurface;
  dispatch: Dispatch<AnnotationsAction>;
  select: (id: string | null) => void;
  markFresh: (id: string, fresh: boolean) => void;
  say: (text: string, tone?: "ok" | "error") => void;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57).trimEnd()}…` : s).replace(/\s+/g, " ");

export function useReaderActions(snapshot: ReaderSnapshot, deps: Deps) {
  const latest = useRef(snapshot);
  useEffect(() => {
    latest.current = snapshot;
  });
  const seq = useRef(0);
  const { documentId, me, text, viewport, dispatch, select, markFresh, say } = deps;

  const open = useCallback(
    (id: string, reveal: boolean) => {
      select(id);
      markFresh(id, false);
      const a = latest.current.index.get(id);
      if (reveal && a) {
        viewport.reveal(a.start);
        viewport.highlights.flash(id);
      }
    },
    [select, markFresh, viewport],
  );

  /** Annotates the span; answers the saved annotation, or null when the server refused it. */
  const annotate = useCallback(
    async (span: Span): Promise<{ id: string; start: number; end: number } | null> => {
      const tmp = `pending-${++seq.current}`;
      dispatch({ type: "upsert", ann: { id: tmp, start: span.start, end: span.end, pending: true }, personId: me });
      window.getSelection()?.removeAllRanges();
      select(tmp);
      const r = await (await loadApi()).createAnnotation(documentId, span);
      if (r.ok) {
        dispatch({ type: "upsert", ann: { id: r.data.id, start: r.data.start, end: r.data.end }, personId: me, replacing: tmp });
        if (latest.current.selectedId === tmp) select(r.data.id);
        say(`Annotated “${short(r.data.exact)}”.`);
        return { id: r.data.id, start: r.data.start, end: r.data.end };
      } else {
        dispatch({ type: "remove", id: tmp });
        if (latest.current.selectedId === tmp) select(null);
        say(`Could not annotate “${short(text.slice(span.start, span.end))}”: ${r.failure.message}`, "error");
        return null;
      }
    },
    [dispatch, documentId, me, say, select, text],
  );

  /** The annotations under a click: the open one's successor among them, else the innermost. */
  const pick = useCallback(
    (hits: Ann[]) => {
      const at = hits.findIndex((a) => a.id === latest.current.selectedId);
      const next = hits[(at + 1) % hits.length];
      if (next) open(next.id, false);
    },
    [open],
  );

  const step = useCallback(
    (by: 1 | -1) => {
      const { items, selectedId, view } = latest.current;
      let pos = selectedId ? items.findIndex((a) => a.id === selectedId) : -1;
      if (pos === -1) {
        const from = view?.from ?? 0;
        const first = items.findIndex((a) => a.end > from);
        pos = (first === -1 ? items.length : first) - (by > 0 ? 1 : 0);
      }
      const next = items[pos + by];
      if (next) open(next.id, true);
    },
    [open],
  );

  const onLive = useCallback(
    async (id: string) => {
      const r = await (await loadApi()).fetchAnnotation(id);
      const { index, people, selectedId } = latest.current;
      if (r.ok && r.data.documentId === documentId && r.data.status !== "retired") {
        const isNew = !index.get(id);
        dispatch({ type: "upsert", ann: { id, start: r.data.start, end: r.data.end }, personId: r.data.createdBy });
        if (isNew && r.data.createdBy !== me) {
          markFresh(id, true);
          say(`${people.find((p) => p.id === r.data.createdBy)?.name ?? "Another member"} added an annotation: “${short(r.data.exact)}”.`);
        }
      } else if ((r.ok && r.data.status === "retired") || (!r.ok && r.failure.status === 404)) {
        if (!index.get(id)) return;
        dispatch({ type: "remove", id });
        if (selectedId === id) {
          select(null);
          say("The open annotation was deleted by someone else.");
        }
      }
    },
    [dispatch, documentId, markFresh, me, say, select],
  );

  return useMemo(() => ({ open, annotate, pick, step, onLive }), [open, annotate, pick, step, onLive]);
}
