"use client";
// The author edits a claim they still hold. The edit names the version it started from; if the
// claim changed meanwhile the server answers 409 with the current claim, and the merge panel
// shows both so no change is lost.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { attributeValues } from "@/lib/claims/attributes/claim-attributes";
import type { ClaimView } from "@/lib/claims/claim-view";
import type { FormClaimType } from "@/lib/claims/types/form-fields";
import type { EntityName } from "@/lib/entities/list-entity-names";
import { ClaimForm, type ClaimValues } from "../../../_components/claim-form/claim-form";
import { apiAttribution } from "../../../_components/claim-form/form-values";
import { useEntityNames } from "../../../_components/claim-form/use-entity-names";
import { updateClaim } from "../../../_lib/claims-api";
import { applyMerge, type ClaimParts, mergeParts, type MergePart, type Side } from "../_lib/merge-claim";
import { MergePanel } from "./merge-panel";

interface Props {
  projectId: string;
  claim: ClaimView;
  types: readonly FormClaimType[];
  entities: readonly EntityName[];
  reporterDefault: string | null;
}

const EDITABLE = new Set(["draft", "changes_requested"]);

/** The claim's editable parts in the API's input shape: empty attribution entries left out. */
function partsOf(c: ClaimView): ClaimParts {
  const a: Record<string, unknown> = { assertedBy: c.attribution.assertedBy, ...attributeValues(c.attribution) };
  if (c.attribution.reportedBy) a.reportedBy = c.attribution.reportedBy;
  if (c.attribution.via.length) a.via = c.attribution.via;
  return { fields: c.fields, attribution: a };
}

type State =
  | { mode: "closed" }
  | { mode: "editing"; base: ClaimView; values?: ClaimValues }
  | { mode: "merging"; base: ClaimView; mine: ClaimParts; theirs: ClaimView; parts: MergePart[] };

export function EditClaim({ projectId, claim, types, entities: initialEntities, reporterDefault }: Props) {
  const router = useRouter();
  const [state, setState] = useState<State>({ mode: "closed" });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [issues, setIssues] = useState<{ path: string; message: string }[] | undefined>();
  const [entities, onCreateEntity] = useEntityNames(projectId, initialEntities);
  const editable = EDITABLE.has(claim.status) && !claim.deprecated;
  // The button (and the E key) work once the page is live; before that a click would do nothing.
  const hydrated = useHydrated();

  useEffect(() => {
    if (!editable || state.mode !== "closed") return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== "e" || e.ctrlKey || e.metaKey || e.altKey || t?.closest("input, textarea, select, [contenteditable]")) return;
      e.preventDefault();
      setState({ mode: "editing", base: claim });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [claim, editable, state.mode]);

  const send = async (base: ClaimView, version: number, parts: ClaimParts) => {
    setBusy(true);
    setMessage(null);
    const r = await updateClaim(claim.id, version, { fields: parts.fields, attribution: apiAttribution(parts.attribution) });
    setBusy(false);
    if (r.ok) {
      setState({ mode: "closed" });
      setMessage({ text: `Saved as version ${r.data.version}.`, tone: "ok" });
      router.refresh();
      return;
    }
    const current = r.failure.status === 409 ? (r.failure.error?.current as ClaimView | undefined) : undefined;
    if (current && !EDITABLE.has(current.status)) {
      setState({ mode: "closed" });
      setMessage({ text: `${r.failure.message} Your edit was not saved.`, tone: "error" });
      router.refresh();
    } else if (current) {
      setState({ mode: "merging", base, mine: parts, theirs: current, parts: mergeParts(partsOf(base), parts, partsOf(current)) });
      // The rest of the page shows the claim as it now is while the person merges.
      router.refresh();
    } else {
      setIssues(r.failure.issues);
      setMessage({ text: r.failure.message, tone: "error" });
    }
  };

  if (!editable) return null;
  if (state.mode === "merging") {
    return (
      <MergePanel
        parts={state.parts}
        theirVersion={state.theirs.version}
        entities={entities}
        busy={busy}
        onCancel={() => {
          setState({ mode: "closed" });
          setMessage({ text: "Your edit was discarded; the page shows the current version.", tone: "ok" });
          router.refresh();
        }}
        onSave={(choices: Record<string, Side>) => {
          const merged = applyMerge(partsOf(state.theirs), state.parts, choices);
          void send(state.theirs, state.theirs.version, merged);
        }}
      />
    );
  }
  if (state.mode === "editing") {
    const initial = { type: claim.type, ...partsOf(state.base) };
    return (
      <section className="panel" aria-label="Edit claim">
        <ClaimForm
          heading={`Edit claim (version ${state.base.version})`}
          types={types}
          entities={entities}
          initial={initial}
          typeLocked
          reporterDefault={reporterDefault}
          saveLabel="Save changes"
          busy={busy}
          message={message}
          serverIssues={issues}
          onSave={(v) => void send(state.base, state.base.version, { fields: v.fields, attribution: v.attribution })}
          onCancel={() => setState({ mode: "closed" })}
          onCreateEntity={onCreateEntity}
        />
      </section>
    );
  }
  return (
    <div className="edit-claim-bar">
      <button type="button" className="button-small" aria-keyshortcuts="E" disabled={!hydrated} onClick={() => setState({ mode: "editing", base: claim })}>
        Edit claim <kbd>e</kbd>
      </button>
      {message ? (
        <p className={`form-message form-message-${message.tone}`} role="status">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
