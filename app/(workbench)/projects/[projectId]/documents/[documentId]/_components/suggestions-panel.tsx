"use client";
// Candidate spans for claims, proposed from the text (counts beside casualty words, names of known
// entities). Each is only a proposal: Accept annotates the words and opens the claim form, Reject
// records that a person turned it down, Show selects the words in the text. The list and the rules
// that find them load when the panel is first opened (suggestion-list.tsx).
import { lazy, Suspense, useState } from "react";
import type { SuggestionListProps } from "./suggestion-list";

const SuggestionList = lazy(() => import("./suggestion-list").then((m) => ({ default: m.SuggestionList })));

export function SuggestionsPanel(props: Omit<SuggestionListProps, "onCount">) {
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);

  return (
    <section className="rd-suggest" aria-labelledby="rd-suggest-heading">
      <div className="rd-list-head">
        <h2 id="rd-suggest-heading">Suggested spans</h2>
        {open && count !== null ? <span className="muted">{count}</span> : null}
        <button type="button" className="button-small" aria-expanded={open} aria-controls="rd-suggest-list" onClick={() => setOpen((o) => !o)}>
          {open ? "Hide" : "Suggest"}
        </button>
      </div>
      {open ? (
        <Suspense fallback={<p className="muted small">Finding suggestions…</p>}>
          <SuggestionList {...props} onCount={setCount} />
        </Suspense>
      ) : null}
    </section>
  );
}
