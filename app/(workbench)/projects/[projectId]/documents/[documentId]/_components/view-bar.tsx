"use client";
// Above a PDF source: the switch between its pages and its text (V), which page is on screen, and
// a field to go to a page.
import { useState } from "react";
import { pageIndexAt, type PageSpan } from "@/lib/pdf-view/page-spans";
import type { ViewWindow } from "@/lib/reader";

interface Props {
  mode: "page" | "text";
  onMode: (mode: "page" | "text") => void;
  pages: number;
  view: ViewWindow | null;
  spans: readonly PageSpan[];
  onPage: (number: number) => void;
}

export function ViewBar({ mode, onMode, pages, view, spans, onPage }: Props) {
  const [target, setTarget] = useState("");
  const current = view ? spans[pageIndexAt(spans, view.from)]?.number : undefined;
  return (
    <div className="rd-view-bar">
      <div className="rd-view-switch" role="group" aria-label="Show the source as" aria-keyshortcuts="V">
        <button type="button" aria-pressed={mode === "page"} onClick={() => onMode("page")}>
          Pages
        </button>
        <button type="button" aria-pressed={mode === "text"} onClick={() => onMode("text")}>
          Text
        </button>
      </div>
      <span className="muted" data-testid="current-page">
        {current ? `Page ${current} of ${pages}` : `${pages} pages`}
      </span>
      {mode === "page" ? (
        <form
          className="rd-page-jump"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(target);
            if (Number.isInteger(n) && n >= 1 && n <= pages) onPage(n);
          }}
        >
          <label htmlFor="rd-page-input">Go to page</label>
          <input id="rd-page-input" type="number" min={1} max={pages} value={target} onChange={(e) => setTarget(e.target.value)} />
        </form>
      ) : null}
    </div>
  );
}
