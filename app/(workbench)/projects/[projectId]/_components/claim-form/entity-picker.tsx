"use client";
// Names an entity by typing its name or any alias (the list proposes them); a name the project
// does not know yet can be created on the spot, of the kind the field takes.
import { useId, useState } from "react";
import type { EntityName } from "@/lib/entities/list-entity-names";
import type { TEntityKind } from "@/lib/entities/schemas";

export type CreateEntity = (kind: TEntityKind, name: string) => Promise<EntityName | { error: string }>;

interface Props {
  id: string;
  value: string | undefined;
  onChange: (entityId: string | undefined) => void;
  entities: readonly EntityName[];
  /** The kinds the field takes; empty: any. */
  kinds: readonly TEntityKind[];
  onCreate?: CreateEntity;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  placeholder?: string;
}

const KIND_LABEL: Record<TEntityKind, string> = { person: "person", organization: "organisation", place: "place", event: "event", other: "other" };
const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

function resolve(text: string, pool: readonly EntityName[]): EntityName | undefined {
  const key = norm(text);
  if (!key) return undefined;
  return pool.find((e) => norm(e.name) === key) ?? pool.find((e) => e.aliases.some((a) => norm(a) === key));
}

export function EntityPicker({ id, value, onChange, entities, kinds, onCreate, invalid, describedBy, required, placeholder }: Props) {
  const listId = useId();
  const statusId = useId();
  const pool = kinds.length ? entities.filter((e) => kinds.includes(e.kind)) : entities;
  const named = (entityId: string | undefined) => entities.find((e) => e.id === entityId)?.name ?? "";
  const [text, setText] = useState(() => named(value));
  const [shown, setShown] = useState(value);
  const [newKind, setNewKind] = useState<TEntityKind>(kinds[0] ?? "organization");
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);

  // A value set from outside (pre-fill, merge) shows its name.
  if (value !== shown) {
    setShown(value);
    if (value && resolve(text, pool)?.id !== value) setText(named(value));
  }

  const match = value ? entities.find((e) => e.id === value) : undefined;
  const typed = text.trim();

  const change = (next: string) => {
    setText(next);
    setCreateError(null);
    const hit = resolve(next, pool);
    setShown(hit?.id);
    onChange(hit?.id);
  };

  const create = async () => {
    if (!onCreate || !typed) return;
    setCreating(true);
    const r = await onCreate(newKind, typed);
    setCreating(false);
    if ("error" in r) return setCreateError(r.error);
    setText(r.name);
    setShown(r.id);
    onChange(r.id);
  };

  return (
    <div className="cf-entity">
      <input
        id={id}
        type="text"
        list={listId}
        value={text}
        dir="auto"
        autoComplete="off"
        placeholder={placeholder ?? (kinds.length ? `${/^[aeiou]/.test(kinds[0] ?? "") ? "An" : "A"} ${kinds.map((k) => KIND_LABEL[k]).join(" or ")}` : "Any entity")}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        onChange={(e) => change(e.target.value)}
      />
      <datalist id={listId}>
        {pool.map((e) => (
          <option key={e.id} value={e.name}>
            {[KIND_LABEL[e.kind], ...e.aliases.slice(0, 3)].join(" · ")}
          </option>
        ))}
      </datalist>
      <p id={statusId} className="field-hint" aria-live="polite">
        {match ? (
          <>
            <span className="cf-entity-match" dir="auto">
              {match.name}
            </span>{" "}
            ({KIND_LABEL[match.kind]}
            {norm(match.name) !== norm(text) ? `, by the alias “${typed}”` : ""})
          </>
        ) : typed ? (
          <span>No {kinds.length ? kinds.map((k) => KIND_LABEL[k]).join(" or ") : "entity"} by that name.</span>
        ) : null}
      </p>
      {!match && typed && onCreate ? (
        <div className="cf-entity-create">
          {kinds.length === 1 ? null : (
            <select aria-label="Kind of the new entity" value={newKind} onChange={(e) => setNewKind(e.target.value as TEntityKind)}>
              {(kinds.length ? kinds : (Object.keys(KIND_LABEL) as TEntityKind[])).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
          <button type="button" className="button-small" disabled={creating} onClick={() => void create()}>
            {creating ? "Creating…" : `Create “${typed.length > 40 ? `${typed.slice(0, 39)}…` : typed}” as ${kinds.length === 1 ? `a new ${KIND_LABEL[newKind]}` : "new"}`}
          </button>
          {createError ? <p className="field-error">{createError}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
