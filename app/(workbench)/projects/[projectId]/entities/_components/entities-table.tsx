import Link from "next/link";
import type { EntityView } from "@/lib/entities/entity-view";
import { ENTITY_KIND_LABELS } from "../../_claims/labels";
import { NameList } from "../../_claims/name-list";
import { ReliabilityBadge } from "../../_claims/reliability-badge";
import { WikidataLink } from "./wikidata-link";

export function EntitiesTable({ projectId, entities, claimCounts }: { projectId: string; entities: EntityView[]; claimCounts: Map<string, number> }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name and aliases</th>
            <th scope="col">Kind</th>
            <th scope="col">Wikidata</th>
            <th scope="col">
              <span title="Reliability as a source, Admiralty scale A-F">Reliability</span>
            </th>
            <th scope="col" className="num">
              Claims
            </th>
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={`/projects/${projectId}/entities/${e.id}`} className="row-title" dir="auto">
                  {e.name}
                </Link>
                {e.aliases.length ? (
                  <p className="row-sub">
                    <NameList names={e.aliases} />
                  </p>
                ) : null}
              </td>
              <td>{ENTITY_KIND_LABELS[e.kind] ?? e.kind}</td>
              <td>{e.wikidataId ? <WikidataLink id={e.wikidataId} /> : <span className="muted">–</span>}</td>
              <td>
                <ReliabilityBadge letter={e.reliability} />
              </td>
              <td className="num">{claimCounts.get(e.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
