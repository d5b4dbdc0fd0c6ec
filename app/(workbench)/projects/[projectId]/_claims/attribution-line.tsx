// The attribution chain as a sentence with linked names: "NCRI asserts, via Amnesty
// International, reported by MEK-Iran.com (estimated)": the claim's other attributes follow.
import type { AttributeName } from "@/lib/claims/attributes/claim-attributes";
import { attributeQualifiers } from "@/lib/claims/attributes/describe-attributes";
import type { EntityRef } from "@/lib/claims/describe-claims";
import { attributionChain, type Attribution } from "./attribution-chain";
import { EntityLink } from "./entity-link";

export function AttributionLine({ projectId, attribution, entities }: { projectId: string; attribution: Attribution & Partial<Record<AttributeName, string>>; entities: Record<string, EntityRef> }) {
  const parts = attributionChain(attribution);
  const qualifiers = attributeQualifiers(attribution);
  return (
    <p className="attribution-chain">
      {parts.map((p, i) => ("entity" in p ? <EntityLink key={i} projectId={projectId} id={p.entity} entity={entities[p.entity]} showReliability /> : <span key={i}>{p.text}</span>))}
      {qualifiers.length ? <span className="muted"> ({qualifiers.join(", ")})</span> : null}
    </p>
  );
}
