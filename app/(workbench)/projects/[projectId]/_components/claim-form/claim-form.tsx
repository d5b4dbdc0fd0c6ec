"use client";
// The claim form, for any type: pick the type (arrow keys or 1-9), fill its fields and the
// attribution (who asserts it, who reports it, via whom, with what stance), save as a draft or
// save and submit. Checked in the browser with the server's own schemas before anything is sent;
// the server's answer names fields the same way.
import "./claim-form.css";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { ATTRIBUTES } from "@/lib/claims/attributes/claim-attributes";
import type { FormClaimType } from "@/lib/claims/types/form-fields";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { type CreateEntity, EntityPicker } from "./entity-picker";
import { FieldInput } from "./field-input";
import { errorAt, type Json, pathErrors, setPath, type TypeSchemaSource, validateClaim } from "./form-values";

export type ClaimFormType = FormClaimType & TypeSchemaSource;

export interface ClaimValues {
  type: string;
  fields: Json;
  attribution: Json;
}

interface Props {
  heading: string;
  types: readonly ClaimFormType[];
  entities: readonly EntityName[];
  initial: ClaimValues;
  /** Editing a claim: its type stays. */
  typeLocked?: boolean;
  /** Fields for a type picked in the form (pre-filled from the selected words). */
  prefill?: (type: ClaimFormType) => Json;
  /** Who "reported by" defaults to when left empty. */
  reporterDefault?: string | null;
  saveLabel: string;
  /** Offers "save and submit for review" when given. */
  submitLabel?: string;
  busy: boolean;
  message?: { text: string; tone: "ok" | "error" } | null;
  serverIssues?: readonly { path: string; message: string }[];
  onSave: (values: ClaimValues, thenSubmit: boolean) => void;
  onCancel: () => void;
  onCreateEntity?: CreateEntity;
  /** Shown under the heading: the words the claim rests on. */
  children?: ReactNode;
}

/** An attribute the API requires starts at its first value; one with a default starts empty. */
const ATTRIBUTE_START: Json = Object.fromEntries(ATTRIBUTES.filter((a) => a.default === undefined).map((a) => [a.name, a.values[0]]));

export function ClaimForm(props: Props) {
  const { types, entities, initial, typeLocked, prefill, busy, onCreateEntity } = props;
  const [typeId, setTypeId] = useState(initial.type);
  const [fields, setFields] = useState<Json>(initial.fields);
  const [attribution, setAttribution] = useState<Json>(() => ({ ...ATTRIBUTE_START, ...initial.attribution }));
  const [issues, setIssues] = useState<readonly { path: string; message: string }[]>([]);
  const [shownServerIssues, setShownServerIssues] = useState(props.serverIssues);
  const formRef = useRef<HTMLFormElement>(null);
  const type = types.find((t) => t.id === typeId) ?? types[0];

  // New answers from the server replace the browser's own findings.
  if (props.serverIssues !== shownServerIssues) {
    setShownServerIssues(props.serverIssues);
    if (props.serverIssues?.length) setIssues(props.serverIssues);
  }
  const errors = pathErrors(issues);

  const pickType = (next: ClaimFormType) => {
    if (next.id === typeId) return;
    setTypeId(next.id);
    setFields(prefill ? prefill(next) : {});
    setIssues([]);
  };

  const save = (thenSubmit: boolean) => {
    if (!type || busy) return;
    const found = validateClaim(type, fields, attribution);
    setIssues(found);
    if (found.length) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    props.onSave({ type: type.id, fields, attribution }, thenSubmit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      props.onCancel();
    } else if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      save(false);
    }
  };

  const typeKeys = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    const n = Number(e.key);
    const next = Number.isInteger(n) && n >= 1 ? types[n - 1] : undefined;
    if (next && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      pickType(next);
      formRef.current?.querySelector<HTMLInputElement>(`input[name="cf-type"][value="${CSS.escape(next.id)}"]`)?.focus();
    }
  };

  const setAttr = (key: string, value: unknown) => setAttribution((a) => setPath(a, [key], value));
  const via = Array.isArray(attribution.via) ? (attribution.via as string[]) : [];

  return (
    <form
      ref={formRef}
      className="cf-form"
      aria-labelledby="cf-heading"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        save(false);
      }}
    >
      <h2 id="cf-heading">{props.heading}</h2>
      {props.children}
      {typeLocked ? (
        <p className="cf-type-fixed">
          Type: <strong>{type?.name}</strong>
        </p>
      ) : (
        <fieldset className="cf-types" onKeyDown={typeKeys} aria-describedby="cf-types-hint">
          <legend>Claim type</legend>
          {types.map((t, i) => (
            <label key={t.id} className="cf-type">
              <input type="radio" name="cf-type" value={t.id} checked={t.id === typeId} onChange={() => pickType(t)} autoFocus={t.id === typeId} />
              {t.name}
              {i < 9 ? <kbd aria-hidden="true">{i + 1}</kbd> : null}
            </label>
          ))}
          <p id="cf-types-hint" className="field-hint">
            Arrow keys or 1–{Math.min(types.length, 9)} pick a type. Ctrl+Enter saves, Esc cancels.
          </p>
        </fieldset>
      )}

      {type ? (
        <div className="cf-fields">
          {type.fields.map((f) => (
            <FieldInput
              key={`${type.id}.${f.name}`}
              field={f}
              path={`fields.${f.name}`}
              value={fields[f.name]}
              onChange={(v) => setFields((cur) => setPath(cur, [f.name], v))}
              errors={errors}
              entities={entities}
              onCreateEntity={onCreateEntity}
            />
          ))}
        </div>
      ) : null}

      <fieldset className="cf-group cf-attribution">
        <legend>Attribution</legend>
        <div className="field">
          <label htmlFor="cf-attribution-assertedBy">Asserted by</label>
          <EntityPicker
            id="cf-attribution-assertedBy"
            value={attribution.assertedBy as string | undefined}
            onChange={(v) => setAttr("assertedBy", v)}
            entities={entities}
            kinds={["person", "organization"]}
            onCreate={onCreateEntity}
            invalid={!!errorAt(errors, "attribution.assertedBy")}
            describedBy={errorAt(errors, "attribution.assertedBy") ? "cf-attribution-assertedBy-error" : undefined}
            required
            placeholder="Who makes the claim"
          />
          {errorAt(errors, "attribution.assertedBy") ? (
            <p id="cf-attribution-assertedBy-error" className="field-error">
              Asserted by {errorAt(errors, "attribution.assertedBy")}.
            </p>
          ) : null}
        </div>
        <div className="field-row">
          {ATTRIBUTES.map((a) => (
            <div key={a.name} className="field">
              <label htmlFor={`cf-attribution-${a.name}`}>
                {a.label}
                {a.default !== undefined ? (
                  <>
                    {" "}
                    <span className="field-optional">(optional)</span>
                  </>
                ) : null}
              </label>
              <select id={`cf-attribution-${a.name}`} value={String(attribution[a.name] ?? ATTRIBUTE_START[a.name] ?? "")} onChange={(e) => setAttr(a.name, e.target.value || undefined)}>
                {a.default !== undefined ? <option value="">—</option> : null}
                {a.values.map((v) => (
                  <option key={v} value={v}>
                    {a.valueLabels[v]}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div className="field">
          <label htmlFor="cf-attribution-reportedBy">
            Reported by <span className="field-optional">(optional)</span>
          </label>
          <EntityPicker
            id="cf-attribution-reportedBy"
            value={attribution.reportedBy as string | undefined}
            onChange={(v) => setAttr("reportedBy", v)}
            entities={entities}
            kinds={[]}
            onCreate={onCreateEntity}
            invalid={!!errorAt(errors, "attribution.reportedBy")}
            placeholder={props.reporterDefault ? `Default: ${props.reporterDefault}` : "Who publishes it"}
          />
          {errorAt(errors, "attribution.reportedBy") ? <p className="field-error">Reported by {errorAt(errors, "attribution.reportedBy")}.</p> : null}
        </div>
        <div className="field">
          <span className="cf-label" id="cf-via-label">
            Via <span className="field-optional">(who passed it on, nearest the source last)</span>
          </span>
          {via.map((entityId, i) => (
            <div key={i} className="cf-inline">
              <EntityPicker
                id={`cf-attribution-via-${i}`}
                value={entityId || undefined}
                onChange={(v) => setAttr("via", via.map((x, j) => (j === i ? (v ?? "") : x)))}
                entities={entities}
                kinds={[]}
                onCreate={onCreateEntity}
                invalid={!!errorAt(errors, `attribution.via.${i}`)}
                describedBy="cf-via-label"
              />
              <button type="button" className="button-small" aria-label={`Remove via ${i + 1}`} onClick={() => setAttr("via", via.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <div>
            <button type="button" className="button-small" onClick={() => setAttr("via", [...via, ""])}>
              Add a link in the chain
            </button>
          </div>
        </div>
      </fieldset>

      <FormMessage message={props.message?.text ?? (issues.length && !props.message ? "Check the fields marked above." : undefined)} tone={props.message?.tone ?? "error"} />
      <div className="cf-actions">
        <button type="submit" className="button-primary" disabled={busy} aria-keyshortcuts="Control+Enter">
          {busy ? "Saving…" : props.saveLabel}
        </button>
        {props.submitLabel ? (
          <button type="button" disabled={busy} onClick={() => save(true)}>
            {props.submitLabel}
          </button>
        ) : null}
        <button type="button" className="button-quiet" onClick={props.onCancel} aria-keyshortcuts="Escape">
          Cancel
        </button>
      </div>
    </form>
  );
}
