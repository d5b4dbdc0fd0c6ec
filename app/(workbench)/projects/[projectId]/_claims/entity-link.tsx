// An entity named in a claim: its name (in its own script and direction) linking to its page.
import Link from "next/link";
import type { EntityRef } from "@/lib/claims/describe-claims";
import { ReliabilityBadge } from "./reliability-badge";

export function EntityLink({ projectId, id, entity, showReliability = false }: { projectId: string; id: string; entity: EntityRef | undefined; showReliability?: boolean }) {
  if (!entity) return <code title="No entity of this project has this id">{id}</code>;
  return (
    <span className="entity-ref">
      <Link href={`/projects/${projectId}/entities/${entity.id}`} dir="auto" title={entity.namedAs ? `Named “${entity.namedAs}” in the claim` : undefined}>
        {entity.name}
      </Link>
      {showReliability ? <ReliabilityBadge letter={entity.reliability} /> : null}
    </span>
  );
}
