// What the workbench knows of an entity: kind, names in every script, Wikidata item, and its
// reliability as a source (editable by reviewers and above).
import { ENTITY_KIND_LABELS } from "../../../_claims/labels";
import { ReliabilityBadge, reliabilityLabel } from "../../../_claims/reliability-badge";
import { WikidataLink } from "../../_components/wikidata-link";
import { ReliabilityForm } from "./reliability-form";

interface Props {
  entity: { id: string; kind: string; name: string; aliases: string[]; wikidataId: string | null; reliability: string | null };
  canEvaluate: boolean;
}

export function EntityFacts({ entity, canEvaluate }: Props) {
  return (
    <section aria-labelledby="facts-heading" className="panel">
      <h2 id="facts-heading">About</h2>
      <dl className="meta-list">
        <div className="meta-row">
          <dt>Kind</dt>
          <dd>{ENTITY_KIND_LABELS[entity.kind] ?? entity.kind}</dd>
        </div>
        <div className="meta-row">
          <dt>Name</dt>
          <dd dir="auto">{entity.name}</dd>
        </div>
        <div className="meta-row">
          <dt>Aliases</dt>
          <dd>
            {entity.aliases.length ? (
              <ul className="plain-list names-ltr">
                {entity.aliases.map((a, i) => (
                  <li key={i} dir="auto">
                    {a}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
        </div>
        <div className="meta-row">
          <dt>Wikidata</dt>
          <dd>{entity.wikidataId ? <WikidataLink id={entity.wikidataId} /> : <span className="muted">not linked</span>}</dd>
        </div>
        <div className="meta-row">
          <dt>Reliability</dt>
          <dd>
            <p className="reliability-line">
              <ReliabilityBadge letter={entity.reliability} /> <span>{reliabilityLabel(entity.reliability).replace(/^[A-F]: /, "")}</span>
            </p>
            {canEvaluate ? <ReliabilityForm entityId={entity.id} current={entity.reliability} /> : null}
            <p className="field-hint">As a source, on the Admiralty scale (A–F). A claim’s credibility (1–6) is judged apart, by its reviewers.</p>
          </dd>
        </div>
      </dl>
    </section>
  );
}
