"use client";
// The side panel's list of annotations in text order, virtualised (fixed-height rows; only those in
// view are in the DOM, with aria-setsize/posinset giving the whole count). It follows the text:
// rows whose annotation is on screen are marked, and unless the person is using the list it scrolls
// to keep them in view. Enter or a click opens a row's annotation; up and down arrows move between
// rows.
import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { cssomStyle } from "@/app/_lib/cssom-style";
import type { SpanPerson } from "@/lib/annotations/span-table";
import type { Ann, ViewWindow } from "@/lib/reader";

const ROW = 56;
const OVERSCAN = 6;

interface Props {
  items: readonly Ann[];
  people: readonly SpanPerson[];
  text: string;
  language: string | null;
  selectedId: string | null;
  view: ViewWindow | null;
  onOpen: (id: string) => void;
  /** "p. 4" for an annotation on a paged source; absent for sources without pages. */
  pageOf?: (a: Ann) => string;
}

/** First position whose annotation starts at or after `offset` (items are in text order). */
function firstFrom(items: readonly Ann[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function scrollToRow(el: HTMLElement | null, i: number, where: "nearest" | "top"): void {
  if (!el) return;
  const top = i * ROW;
  if (where === "top") el.scrollTop = top;
  else if (top < el.scrollTop) el.scrollTop = top;
  else if (top + ROW > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW - el.clientHeight;
}

const quoteOf = (text: string, a: Ann) => {
  const q = text.slice(a.start, Math.min(a.end, a.start + 140)).replace(/\s+/g, " ");
  return a.end - a.start > 140 ? `${q}…` : q;
};

export const AnnotationList = memo(function AnnotationList({ items, people, text, language, selectedId, view, onOpen, pageOf }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const using = useRef(false);
  const focusNext = useRef<number | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Unknown until measured in the browser: the server renders no rows, so its render never
  // depends on the whole text, which a long source's page does not carry (reader-text.tsx).
  const [height, setHeight] = useState<number | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The open annotation stays visible in the list (j/k, a click in the text).
  const selectedPos = selectedId ? items.findIndex((a) => a.id === selectedId) : -1;
  useEffect(() => {
    if (selectedPos >= 0) scrollToRow(scroller.current, selectedPos, "nearest");
  }, [selectedPos]);

  // The text scrolled: bring its first annotation to the top (or keep the open one in view),
  // unless the person is using the list.
  useEffect(() => {
    if (!view || using.current) return;
    const open = items[selectedPos];
    if (open && open.start < view.to && open.end > view.from) scrollToRow(scroller.current, selectedPos, "nearest");
    else scrollToRow(scroller.current, firstFrom(items, view.from), "top");
  }, [view, items, selectedPos]);

  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    scroller.current?.querySelector<HTMLElement>(`[data-pos="${focusNext.current}"]`)?.focus();
    focusNext.current = null;
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const pos = Number((e.target as HTMLElement).dataset.pos);
    if (Number.isNaN(pos) || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(items.length - 1, pos + (e.key === "ArrowDown" ? 1 : -1)));
    focusNext.current = next;
    scrollToRow(scroller.current, next, "nearest");
    setScrollTop(scroller.current?.scrollTop ?? 0);
  };

  const from = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const to = height === null ? 0 : Math.min(items.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const rows = [];
  for (let i = from; i < to; i++) {
    const a = items[i]!;
    const inView = !!view && a.start < view.to && a.end > view.from;
    rows.push(
      <li key={a.id} aria-setsize={items.length} aria-posinset={i + 1} className="rd-row" ref={cssomStyle({ top: `${i * ROW}px` })}>
        <button
          type="button"
          className={inView ? "rd-item rd-in-view" : "rd-item"}
          data-pos={i}
          aria-current={a.id === selectedId ? "true" : undefined}
          onClick={() => onOpen(a.id)}
        >
          <span className="rd-item-quote" dir="auto" lang={language ?? undefined}>
            {quoteOf(text, a)}
          </span>
          <span className="rd-item-meta">
            {people[a.person]?.name ?? "Unknown"}
            {pageOf ? ` · ${pageOf(a)}` : ""}
            {a.pending ? " · saving…" : ""}
          </span>
        </button>
      </li>,
    );
  }

  return (
    <div
      ref={scroller}
      className="rd-list-scroll"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onPointerEnter={() => (using.current = true)}
      onPointerLeave={() => (using.current = false)}
      onFocus={() => (using.current = true)}
      onBlur={() => (using.current = false)}
      onKeyDown={onKeyDown}
    >
      <ul className="rd-list" aria-label="Annotations in text order" ref={cssomStyle({ height: `${items.length * ROW}px` })}>
        {rows}
      </ul>
    </div>
  );
});
