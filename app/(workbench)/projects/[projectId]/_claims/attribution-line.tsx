// The attribution chain as a sentence with linked names: "NCRI asserts, via Amnesty
// International, reported by MEK-Iran.com".
import type { EntityRef } from "@/lib/claims/describe-claims";
import { attributionChain, type Attribution } from "./attribution-chain";
import { EntityLink } from "./entity-link";

export function AttributionLine({ projectId, attribution, entities, modality }: { projectId: string; attribution: Attribution; entities: Record<string, EntityRef>; modality?: string }) {
  const parts = attributionChain(attribution);
  return (
    <p className="attribution-chain">
      {parts.map((p, i) => ("entity" in p ? <EntityLink key={i} projectId={projectId} id={p.entity} entity={entities[p.entity]} showReliability /> : <span key={i}>{p.text}</span>))}
      {modality && modality !== "unspecified" ? <span className="muted"> ({modality})</span> : null}
    </p>
  );
}
