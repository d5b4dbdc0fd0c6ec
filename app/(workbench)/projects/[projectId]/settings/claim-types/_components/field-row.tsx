"use client";
// One field of a new claim type: its name, label, kind and whether it is required, then the
// options of its kind (choices, entity kind, number bounds, text length).
import type { FieldErrors } from "@/app/_lib/form-state";
import { ENTITY_KINDS } from "@/lib/entities/schemas";
import { ENTITY_KIND_LABELS } from "../../../_claims/labels";

export const FIELD_KINDS = [
  ["text", "Text"],
  ["number", "Number"],
  ["count", "Count (exact, about, at least, range…)"],
  ["date", "Date (1988, 1988-07 or 1988-07-19)"],
  ["period", "Period (from – to)"],
  ["choice", "Choice of options"],
  ["entity", "Entity reference"],
] as const;

interface Props {
  index: number;
  kind: string;
  errors: FieldErrors;
  onKind: (kind: string) => void;
  onRemove: (() => void) | null;
}

function Control({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: React.ReactNode }) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {/^[a-z]/.test(error) ? `${label} ${error}` : error}
        </p>
      ) : null}
    </div>
  );
}

export function FieldRow({ index, kind, errors, onKind, onRemove }: Props) {
  const p = `fields.${index}.`;
  const id = (k: string) => `ct-field-${index}-${k}`;
  const err = (k: string) => errors[`${p}${k}`];
  const aria = (k: string) => (err(k) ? { "aria-invalid": true, "aria-describedby": `${id(k)}-error` } : {});
  return (
    <fieldset className="type-field">
      <legend>Field {index + 1}</legend>
      <div className="field-row">
        <Control id={id("name")} label="Name" error={err("name")}>
          <input id={id("name")} name={`${p}name`} required maxLength={40} placeholder="e.g. site" autoComplete="off" {...aria("name")} />
        </Control>
        <Control id={id("label")} label="Label (optional)" error={err("label")}>
          <input id={id("label")} name={`${p}label`} maxLength={100} dir="auto" {...aria("label")} />
        </Control>
        <Control id={id("kind")} label="Kind" error={err("kind")}>
          <select id={id("kind")} name={`${p}kind`} value={kind} onChange={(e) => onKind(e.target.value)}>
            {FIELD_KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Control>
      </div>
      <div className="type-field-options">
        {kind === "choice" ? (
          <Control id={id("options")} label="Options, one per line" error={err("options")}>
            <textarea id={id("options")} name={`${p}options`} rows={3} dir="auto" {...aria("options")} />
          </Control>
        ) : null}
        {kind === "entity" ? (
          <Control id={id("entityKind")} label="Entity kind" error={err("entityKind")}>
            <select id={id("entityKind")} name={`${p}entityKind`} defaultValue="">
              <option value="">Any kind</option>
              {ENTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ENTITY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Control>
        ) : null}
        {kind === "number" ? (
          <>
            <Control id={id("min")} label="Minimum (optional)" error={err("min")}>
              <input id={id("min")} name={`${p}min`} type="number" step="any" {...aria("min")} />
            </Control>
            <Control id={id("max")} label="Maximum (optional)" error={err("max")}>
              <input id={id("max")} name={`${p}max`} type="number" step="any" {...aria("max")} />
            </Control>
            <label className="check">
              <input type="checkbox" name={`${p}integer`} /> Whole numbers only
            </label>
          </>
        ) : null}
        {kind === "text" ? (
          <Control id={id("maxLength")} label="Longest text (optional)" error={err("maxLength")}>
            <input id={id("maxLength")} name={`${p}maxLength`} type="number" min={1} max={20000} step={1} {...aria("maxLength")} />
          </Control>
        ) : null}
        <label className="check">
          <input type="checkbox" name={`${p}required`} /> Required
        </label>
        {onRemove ? (
          <button type="button" className="button-small button-danger type-field-remove" onClick={onRemove}>
            Remove field {index + 1}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
