"use client";
// A stale edit, laid out for a person: someone changed the claim while they edited it. Parts only
// one side changed are taken from that side (and said so); where both changed the same part
// differently, the person picks theirs or the current one. Nothing is lost: saving writes the merge
// on top of the current version.
import { useState } from "react";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { valueText } from "../../../_claims/claim-summary";
import { humanize } from "../../../_claims/labels";
import { conflictsOf, type MergePart, type Side } from "../_lib/merge-claim";

interface Props {
  parts: readonly MergePart[];
  theirVersion: number;
  entities: readonly EntityName[];
  busy: boolean;
  onSave: (choices: Record<string, Side>) => void;
  onCancel: () => void;
}

const show = (value: unknown, entities: readonly EntityName[]) => valueText(value, (id) => entities.find((e) => e.id === id)?.name);

export function MergePanel({ parts, theirVersion, entities, busy, onSave, onCancel }: Props) {
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const conflicts = conflictsOf(parts);
  const open = conflicts.filter((p) => !choices[p.path]).length;
  return (
    <section className="panel merge-panel" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Someone changed this claim while you edited it</h2>
      <p>
        It is now version {theirVersion}. Your edit was not saved. Below is every part that differs; {conflicts.length ? `choose a side for the ${conflicts.length} that both of you changed, then save the merge.` : "nothing conflicts, so the merge is ready to save."}
      </p>
      <table className="data-table merge-table">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Yours</th>
            <th scope="col">Current (version {theirVersion})</th>
            <th scope="col">Kept</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.path} data-part={p.path}>
              <th scope="row">{humanize(p.key)}</th>
              <td dir="auto">{show(p.mine, entities)}</td>
              <td dir="auto">{show(p.theirs, entities)}</td>
              <td>
                {p.auto ? (
                  <span className="muted small">{p.auto === "mine" ? "Yours (only you changed it)" : "Current (only they changed it)"}</span>
                ) : (
                  <fieldset className="merge-choice">
                    <legend className="visually-hidden">Keep which {humanize(p.key)}</legend>
                    {(["mine", "theirs"] as const).map((side) => (
                      <label key={side}>
                        <input type="radio" name={`merge-${p.path}`} value={side} checked={choices[p.path] === side} onChange={() => setChoices((c) => ({ ...c, [p.path]: side }))} />
                        {side === "mine" ? "Yours" : "Current"}
                      </label>
                    ))}
                  </fieldset>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cf-actions">
        <button type="button" className="button-primary" disabled={busy || open > 0} onClick={() => onSave(choices)}>
          {busy ? "Saving…" : open ? `Choose ${open} more` : "Save the merge"}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Discard my edit
        </button>
      </div>
    </section>
  );
}
