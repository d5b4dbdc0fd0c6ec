"use client";
// One claim may rest on several spans, in one source or several: the open annotation is added as
// evidence to one of the person's own editable claims (drafts, or claims sent back for changes).
// The edit carries the claim's version, so a claim changed meanwhile is not overwritten.
import { useState } from "react";
import { callApi } from "@/app/_lib/api/call-api";
import type { ClaimView } from "@/lib/claims/claim-view";
import { listClaims } from "@/lib/http/contracts/claims";
import { claimSummary } from "../../../_claims/claim-summary";
import { updateClaim } from "../../../_lib/claims-api";

interface Props {
  projectId: string;
  annotationId: string;
  me: string;
  typeNames: Readonly<Record<string, string>>;
  nameOf: (entityId: string) => string | undefined;
  onAdded: (claim: ClaimView) => void;
  onMessage: (text: string, tone: "ok" | "error") => void;
}

async function myEditableClaims(projectId: string, me: string): Promise<ClaimView[] | string> {
  const out: ClaimView[] = [];
  for (const status of ["draft", "changes_requested"]) {
    const r = await callApi(listClaims, { params: { projectId }, query: { status, limit: 500 } });
    if (!r.ok) return r.failure.message;
    out.push(...r.data.items.filter((c) => c.createdBy === me && !c.deprecated));
  }
  return out;
}

export function AddEvidence({ projectId, annotationId, me, typeNames, nameOf, onAdded, onMessage }: Props) {
  const [claims, setClaims] = useState<ClaimView[] | null>(null);
  const [chosen, setChosen] = useState("");
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    const r = await myEditableClaims(projectId, me);
    setBusy(false);
    if (typeof r === "string") return onMessage(`Could not list your drafts: ${r}`, "error");
    setClaims(r.filter((c) => !c.evidence.includes(annotationId)));
  };

  const add = async () => {
    const claim = claims?.find((c) => c.id === chosen);
    if (!claim) return;
    setBusy(true);
    const r = await updateClaim(claim.id, claim.version, { evidence: [...claim.evidence, annotationId] } as never);
    setBusy(false);
    if (r.ok) {
      onAdded(r.data);
      setClaims(null);
      setChosen("");
      onMessage(`Added as evidence ${r.data.evidence.length} of the ${typeNames[r.data.type] ?? r.data.type} claim (now version ${r.data.version}).`, "ok");
    } else {
      onMessage(`Not added: ${r.failure.message}`, "error");
      void load();
    }
  };

  if (!claims) {
    return (
      <button type="button" className="button-small" disabled={busy} onClick={() => void load()}>
        {busy ? "Listing your drafts…" : "Add to one of my drafts…"}
      </button>
    );
  }
  if (!claims.length) return <p className="muted small">None of your drafts can take these words (they already rest on them, or you have none).</p>;
  return (
    <div className="rd-add-evidence">
      <label htmlFor="rd-add-evidence">Add these words as evidence to</label>
      <select id="rd-add-evidence" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">Choose a claim…</option>
        {claims.map((c) => (
          <option key={c.id} value={c.id}>
            {typeNames[c.type] ?? c.type}: {claimSummary(c.type, c.fields, nameOf)} ({c.evidence.length} span{c.evidence.length === 1 ? "" : "s"})
          </option>
        ))}
      </select>
      <button type="button" className="button-small" disabled={!chosen || busy} onClick={() => void add()}>
        {busy ? "Adding…" : "Add"}
      </button>
    </div>
  );
}
