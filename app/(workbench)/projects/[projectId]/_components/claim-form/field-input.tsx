"use client";
// One field of a claim form, drawn from its description (form-fields.ts): text, number, a count
// with its kind, a partial date or a period, a choice, or an entity.
import type { FormField } from "@/lib/claims/types/form-fields";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { type CreateEntity, EntityPicker } from "./entity-picker";
import { errorAt, type Json, type PathErrors, setPath } from "./form-values";

interface Props {
  field: FormField;
  /** Where the value sits in the claim ("fields.count"), for ids and error paths. */
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: PathErrors;
  entities: readonly EntityName[];
  onCreateEntity?: CreateEntity;
}

const COUNT_KINDS: [string, string][] = [
  ["exact", "Exactly"],
  ["approx", "About"],
  ["at_least", "At least"],
  ["at_most", "At most"],
  ["range", "Between"],
  ["unknown", "Unknown"],
];
const OUTCOME_LABELS: Record<string, string> = { killed: "Killed", executed: "Executed", arrested: "Arrested", disappeared: "Disappeared", injured: "Injured", displaced: "Displaced", other: "Other" };

const idOf = (path: string) => `cf-${path.replace(/\./g, "-")}`;
const asObject = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const numberOf = (s: string) => (s.trim() === "" ? undefined : Number(s));

function Label({ field, htmlFor }: { field: FormField; htmlFor: string }) {
  return (
    <label htmlFor={htmlFor}>
      {field.label}
      {field.required ? null : <span className="field-optional"> (optional)</span>}
    </label>
  );
}

function ErrorLine({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {/^[a-z]/.test(message) ? `This ${message}.` : message}
    </p>
  ) : null;
}

function CountInput({ path, value, onChange, errors, field }: Props) {
  const count = asObject(value);
  const kind = typeof count.kind === "string" ? count.kind : "";
  const set = (key: string, v: unknown) => onChange(setPath(count, [key], v));
  const changeKind = (next: string) => {
    // Keep the figure when only its kind changes: "30,000" stays when "exactly" becomes "at least".
    let c: Json = { kind: next };
    const single = count.value ?? count.min;
    if (next === "range") c = { kind: next, min: count.min ?? count.value, max: count.max };
    else if (next !== "unknown" && single !== undefined) c = { kind: next, value: single };
    onChange(next ? c : undefined);
  };
  const error = errorAt(errors, path);
  const base = idOf(path);
  return (
    <fieldset className="field cf-group" aria-describedby={error ? `${base}-error` : undefined}>
      <legend>
        {field.label}
        {field.required ? null : <span className="field-optional"> (optional)</span>}
      </legend>
      <div className="cf-inline">
        <select id={`${base}-kind`} aria-label={`${field.label}: kind`} value={kind} onChange={(e) => changeKind(e.target.value)} aria-invalid={!!errorAt(errors, `${path}.kind`) || undefined}>
          <option value="">—</option>
          {COUNT_KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        {kind === "range" ? (
          <>
            <input id={`${base}-min`} type="number" inputMode="numeric" min={0} step={1} aria-label={`${field.label}: from`} value={String(count.min ?? "")} onChange={(e) => set("min", numberOf(e.target.value))} aria-invalid={!!errorAt(errors, `${path}.min`) || undefined} />
            <span aria-hidden="true">–</span>
            <input id={`${base}-max`} type="number" inputMode="numeric" min={0} step={1} aria-label={`${field.label}: to`} value={String(count.max ?? "")} onChange={(e) => set("max", numberOf(e.target.value))} aria-invalid={!!errorAt(errors, `${path}.max`) || undefined} />
          </>
        ) : kind && kind !== "unknown" ? (
          <input id={`${base}-value`} type="number" inputMode="numeric" min={0} step={1} aria-label={`${field.label}: number`} value={String(count.value ?? "")} onChange={(e) => set("value", numberOf(e.target.value))} aria-invalid={!!errorAt(errors, `${path}.value`) || undefined} />
        ) : null}
      </div>
      <ErrorLine id={`${base}-error`} message={error} />
    </fieldset>
  );
}

function PeriodInput({ path, value, onChange, errors, field }: Props) {
  const period = asObject(value);
  const base = idOf(path);
  const error = errorAt(errors, path);
  return (
    <fieldset className="field cf-group" aria-describedby={`${base}-hint${error ? ` ${base}-error` : ""}`}>
      <legend>
        {field.label}
        {field.required ? null : <span className="field-optional"> (optional)</span>}
      </legend>
      <div className="cf-inline">
        <input id={`${base}-from`} type="text" inputMode="numeric" aria-label={`${field.label}: from`} placeholder="From" value={String(period.from ?? "")} onChange={(e) => onChange(setPath(period, ["from"], e.target.value.trim()))} />
        <span aria-hidden="true">–</span>
        <input id={`${base}-to`} type="text" inputMode="numeric" aria-label={`${field.label}: to`} placeholder="To" value={String(period.to ?? "")} onChange={(e) => onChange(setPath(period, ["to"], e.target.value.trim()))} />
      </div>
      <p id={`${base}-hint`} className="field-hint">
        As precise as the source: 1988, 1988-07 or 1988-07-19.
      </p>
      <ErrorLine id={`${base}-error`} message={error} />
    </fieldset>
  );
}

export function FieldInput(props: Props) {
  const { field, path, value, onChange, errors, entities, onCreateEntity } = props;
  if (field.kind === "count") return <CountInput {...props} />;
  if (field.kind === "period") return <PeriodInput {...props} />;
  const id = idOf(path);
  const error = errorAt(errors, path);
  const describedBy = error ? `${id}-error` : undefined;
  const common = { id, "aria-invalid": !!error || undefined, "aria-describedby": describedBy, "aria-required": field.required || undefined };
  let input;
  switch (field.kind) {
    case "entity":
      input = (
        <EntityPicker
          id={id}
          value={typeof value === "string" ? value : undefined}
          onChange={onChange}
          entities={entities}
          kinds={field.entityKinds ?? []}
          onCreate={onCreateEntity}
          invalid={!!error}
          describedBy={describedBy}
          required={field.required}
        />
      );
      break;
    case "choice":
      input = (
        <select {...common} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)}>
          <option value="">—</option>
          {(field.options ?? []).map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o] && field.name === "outcome" ? OUTCOME_LABELS[o] : o}
            </option>
          ))}
        </select>
      );
      break;
    case "number":
      input = <input {...common} type="number" min={field.min} max={field.max} step={field.integer ? 1 : "any"} value={typeof value === "number" ? String(value) : ""} onChange={(e) => onChange(numberOf(e.target.value))} />;
      break;
    case "date":
      input = <input {...common} type="text" inputMode="numeric" placeholder="1988, 1988-07 or 1988-07-19" value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value.trim() || undefined)} />;
      break;
    case "longtext":
      input = <textarea {...common} rows={3} dir="auto" maxLength={field.maxLength} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} />;
      break;
    default:
      input = <input {...common} type="text" dir="auto" maxLength={field.maxLength} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} />;
  }
  return (
    <div className="field">
      <Label field={field} htmlFor={id} />
      {input}
      <ErrorLine id={`${id}-error`} message={error} />
    </div>
  );
}
