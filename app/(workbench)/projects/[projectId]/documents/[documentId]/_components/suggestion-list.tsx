"use client";
// The suggestions themselves, computed from the text when the panel is opened: counts beside
// casualty words and names of known entities, each with Accept, Reject and Show. Loaded with the
// panel's first opening (the claim-type rules it formats counts with are not needed before).
import { useEffect, useMemo, useState } from "react";
import type { Mention } from "@/lib/claims/from-words/find-mentions";
import { type Suggestion, suggestSpans } from "@/lib/claims/from-words/suggest-spans";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { describeCount } from "../../../_claims/format-count";

export interface SuggestionListProps {
  text: string;
  language: string | null;
  find: (text: string) => Mention[];
  entities: readonly EntityName[];
  /** Already annotated: not proposed again. */
  covered: (start: number, end: number) => boolean;
  rejected: ReadonlySet<string>;
  onAccept: (s: Suggestion) => Promise<void>;
  onReject: (s: Suggestion) => Promise<void>;
  onShow: (s: Suggestion) => void;
  /** Told how many suggestions there are (the panel's heading shows it). */
  onCount: (count: number) => void;
}

const PAGE = 30;
export function SuggestionList({ text, language, find, entities, covered, rejected, onAccept, onReject, onShow, onCount }: SuggestionListProps) {
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  const mentions = useMemo(() => find(text), [find, text]);
  const all = useMemo(() => suggestSpans(text, { mentions, skip: (s, e) => rejected.has(`${s}:${e}`) || covered(s, e) }), [text, mentions, rejected, covered]);
  useEffect(() => onCount(all.length), [all.length, onCount]);
  const entityName = (id: string) => entities.find((e) => e.id === id);

  const act = async (key: string, fn: () => Promise<void>) => {
    setBusy(key);
    await fn();
    setBusy(null);
  };

  return (
    <div id="rd-suggest-list" className="rd-suggest-body">
      <p className="muted small">Counts beside casualty words and names of known entities. Nothing becomes a claim until you accept it and save the claim.</p>
      {all.length === 0 ? <p className="empty">No suggestions left on this document.</p> : null}
      <ol className="rd-suggest-items">
        {all.slice(0, shown).map((s) => {
          const key = `${s.start}:${s.end}`;
          const entity = s.kind === "entity" ? entityName(s.entityId) : undefined;
          return (
            <li key={key} className="rd-suggest-item" data-testid="suggestion">
              <button type="button" className="rd-suggest-quote" dir="auto" lang={language ?? undefined} onClick={() => onShow(s)} title="Show and select these words in the text">
                {text.slice(s.start, s.end)}
              </button>
              <span className="rd-suggest-what">{s.kind === "count" ? `Count: ${describeCount(s.count)}` : `Names ${entity?.name ?? "an entity"} (${entity?.kind ?? "entity"})`}</span>
              <span className="rd-suggest-actions">
                <button type="button" className="button-small" disabled={busy === key} onClick={() => void act(key, () => onAccept(s))}>
                  Accept
                </button>
                <button type="button" className="button-small" disabled={busy === key} onClick={() => void act(key, () => onReject(s))}>
                  Reject
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {all.length > shown ? (
        <button type="button" className="button-small" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, all.length - shown)} more of {all.length - shown}
        </button>
      ) : null}
    </div>
  );
}
