"use client";
// Renders any filter described in filters.ts: a select ("any" plus options) or a checkbox. Filters
// that cannot be used yet sit on a second row, disabled, with the reason, so the bar keeps its
// shape when claim type and status arrive.
import type { FilterDef, FilterValues } from "@/lib/reader";

interface Props {
  defs: readonly FilterDef[];
  values: FilterValues;
  onChange: (id: string, value: string) => void;
}

function Filter({ def: d, value, onChange }: { def: FilterDef; value: string; onChange: Props["onChange"] }) {
  const id = `rd-filter-${d.id}`;
  if (d.kind === "toggle") {
    return (
      <label className="rd-filter" htmlFor={id}>
        <input id={id} type="checkbox" checked={value === "1"} disabled={!!d.pending} onChange={(e) => onChange(d.id, e.target.checked ? "1" : "")} />
        {d.label}
      </label>
    );
  }
  const hint = d.pending ? `${id}-hint` : undefined;
  return (
    <div className="rd-filter">
      <label htmlFor={id}>{d.label}</label>
      <select id={id} value={value} disabled={!!d.pending} aria-describedby={hint} onChange={(e) => onChange(d.id, e.target.value)}>
        <option value="">Any</option>
        {d.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {d.pending ? (
        <span id={hint} className="visually-hidden">
          {d.pending}
        </span>
      ) : null}
    </div>
  );
}

export function FilterBar({ defs, values, onChange }: Props) {
  const ready = defs.filter((d) => !d.pending);
  const pending = defs.filter((d) => d.pending);
  return (
    <fieldset className="rd-filters">
      <legend className="visually-hidden">Filter annotations</legend>
      <div className="rd-filter-row">
        {ready.map((d) => (
          <Filter key={d.id} def={d} value={values[d.id] ?? ""} onChange={onChange} />
        ))}
      </div>
      {pending.length ? (
        <div className="rd-filter-row">
          {pending.map((d) => (
            <Filter key={d.id} def={d} value="" onChange={onChange} />
          ))}
          {/* The words each disabled filter is described by, shown once. */}
          <span className="rd-filters-note" aria-hidden="true">
            {[...new Set(pending.map((d) => d.pending))].join(" ")}
          </span>
        </div>
      ) : null}
    </fieldset>
  );
}
