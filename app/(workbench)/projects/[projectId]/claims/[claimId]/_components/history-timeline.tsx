// Every event that touched the claim, oldest first: who did what, when, to which version, and
// the fields it changed with their values before and after.
import { formatDateTime, isoString } from "@/app/_lib/format";
import type { EntityRef, EvidenceSpan } from "@/lib/claims/describe-claims";
import { Credibility } from "../../../_claims/credibility-cell";
import { diffClaimStates } from "../../../_claims/history-diff";
import { summariseEvent } from "../../../_claims/history-event";
import { ChangeTable } from "./change-table";

export interface HistoryEvent {
  id: string;
  type: string;
  actor: string;
  data: unknown;
  createdAt: string;
}

interface Props {
  projectId: string;
  events: HistoryEvent[];
  entityFields: string[];
  entities: Record<string, EntityRef>;
  spans: Map<string, EvidenceSpan>;
  labels: Record<string, string>;
}

const record = (data: unknown, key: string) => (typeof data === "object" && data !== null ? (data as Record<string, unknown>)[key] : undefined);

export function HistoryTimeline({ projectId, events, entityFields, entities, spans, labels }: Props) {
  return (
    <ol className="timeline">
      {events.map((e) => {
        const summary = summariseEvent(e.type, e.data);
        const changes = diffClaimStates(record(e.data, "before"), record(e.data, "after"));
        return (
          <li key={e.id} className="timeline-item">
            <p className="timeline-head">
              <strong>{e.actor}</strong> {summary.action}
              {summary.version ? <span className="muted"> ({summary.version})</span> : null}
              <span className="muted"> · </span>
              <time dateTime={isoString(e.createdAt)} className="muted nowrap">
                {formatDateTime(e.createdAt)}
              </time>
            </p>
            {summary.note ? (
              <blockquote className="timeline-note" dir="auto">
                {summary.note}
              </blockquote>
            ) : null}
            {summary.credibility !== null ? (
              <p className="small">
                Credibility judged: <Credibility value={summary.credibility} />
              </p>
            ) : null}
            <ChangeTable projectId={projectId} changes={changes} initial={record(e.data, "before") === undefined} entityFields={entityFields} entities={entities} spans={spans} labels={labels} />
          </li>
        );
      })}
    </ol>
  );
}
