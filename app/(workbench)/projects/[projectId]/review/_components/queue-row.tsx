"use client";
// One claim of the queue: a dense row (type, summary, evidence, who, age, approvals), and when
// opened a detail row with every field, the full evidence, the decisions and the discussion.
import Link from "next/link";
import { CREDIBILITY_LABELS } from "@/lib/reviews/schemas";
import { truncate } from "../../_claims/claim-summary";
import { CommentThread } from "../../_components/comment-thread";
import type { QueueRow as Row } from "../_lib/queue-rows";
import { type Decision, DECISION_TITLES } from "./decision-dialog";

interface Props {
  projectId: string;
  row: Row;
  requiredApprovals: number;
  current: boolean;
  expanded: boolean;
  selected: boolean;
  credibility: number | undefined;
  buttonRef: (el: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onToggle: () => void;
  onSelect: () => void;
  onDecide: (decision: Decision) => void;
  onCredibility: (level: number | undefined) => void;
}

const KEYS: Record<Decision, string> = { approve: "a", request_changes: "c", reject: "r", dispute: "d" };

export function QueueRow({ projectId, row, requiredApprovals, current, expanded, selected, credibility, buttonRef, onFocus, onToggle, onSelect, onDecide, onCredibility }: Props) {
  const first = row.evidence[0];
  const detailId = `detail-${row.id}`;
  const credibilityShown = credibility ?? row.credibility;
  return (
    <>
      <tr className={["queue-row", current ? "is-current" : "", row.own ? "is-own" : "", selected ? "is-selected" : ""].join(" ")} onFocus={onFocus}>
        <td className="queue-select">
          <input type="checkbox" checked={selected} onChange={onSelect} aria-label={`Select “${row.summary}” for a bulk decision`} />
        </td>
        <td>
          <span className="queue-type">{row.typeName}</span>
          {row.status === "disputed" ? <span className="queue-flag">disputed</span> : null}
          <button ref={buttonRef} type="button" className="queue-summary" aria-expanded={expanded} aria-controls={detailId} onClick={onToggle} dir="auto">
            {row.summary}
          </button>
          {row.own ? <p className="queue-own">your claim — someone else must review</p> : null}
        </td>
        <td className="queue-evidence">
          {first?.quote ? (
            <span dir="auto" className="queue-quote" title={first.quote}>
              {truncate(first.quote, 140)}
            </span>
          ) : (
            <span className="muted">—</span>
          )}
          {row.evidence.length > 1 ? <span className="muted small"> +{row.evidence.length - 1} more</span> : null}
        </td>
        <td dir="auto">{row.assertedBy}</td>
        <td>{row.annotator}</td>
        <td className="nowrap" title={row.waitingSince}>
          {row.age}
        </td>
        <td className="num nowrap">
          <span aria-label={`${row.approvals} of ${requiredApprovals} approvals`}>
            {row.approvals} / {requiredApprovals}
          </span>
          {row.approvedByViewer ? <span className="queue-you"> incl. you</span> : null}
        </td>
        <td className="num" title={credibilityShown ? CREDIBILITY_LABELS[credibilityShown] : "Not judged"}>
          {credibilityShown ?? "—"}
          {credibility !== undefined ? <span className="visually-hidden"> (to be sent with your decision)</span> : null}
        </td>
      </tr>
      <tr id={detailId} className="queue-detail" hidden={!expanded}>
        <td colSpan={8}>
          {expanded ? (
            <div className="queue-detail-grid">
              <div className="queue-detail-main">
                <dl className="queue-fields">
                  {row.fields.map((f) => (
                    <div key={f.label}>
                      <dt>{f.label}</dt>
                      <dd dir="auto">{f.value}</dd>
                    </div>
                  ))}
                  <div>
                    <dt>Attribution</dt>
                    <dd dir="auto">{row.attribution}</dd>
                  </div>
                </dl>
                {row.evidence.map((e) => (
                  <figure key={e.annotationId} className="queue-evidence-full">
                    <blockquote dir="auto">{e.quote ?? "(annotation no longer available)"}</blockquote>
                    {e.documentId ? (
                      <figcaption>
                        <Link href={`/projects/${projectId}/documents/${e.documentId}`} dir="auto">
                          {e.documentTitle ?? "Document"}
                        </Link>
                      </figcaption>
                    ) : null}
                  </figure>
                ))}
                {row.lastReview ? (
                  <p className="small">
                    <span className="muted">Last decision:</span> {DECISION_TITLES[row.lastReview.decision as Decision] ?? row.lastReview.decision} by {row.lastReview.reviewer}
                    {row.lastReview.note ? <span dir="auto">: “{row.lastReview.note}”</span> : null}
                  </p>
                ) : null}
                <div className="queue-decisions" role="group" aria-label={`Decide on “${row.summary}”`}>
                  {(Object.keys(DECISION_TITLES) as Decision[]).map((d) => (
                    <button key={d} type="button" className={d === "approve" ? "button-primary" : "button-quiet"} onClick={() => onDecide(d)}>
                      {DECISION_TITLES[d]}
                      {d === "approve" ? "" : "…"} <kbd aria-hidden="true">{KEYS[d]}</kbd>
                    </button>
                  ))}
                  <span className="queue-cred">
                    <label htmlFor={`cred-${row.id}`}>Credibility</label>
                    <select id={`cred-${row.id}`} value={credibility ?? ""} onChange={(e) => onCredibility(e.target.value ? Number(e.target.value) : undefined)}>
                      <option value="">{row.credibility ? `Keep (${row.credibility})` : "Not judged"}</option>
                      {Object.entries(CREDIBILITY_LABELS).map(([level, label]) => (
                        <option key={level} value={level}>
                          {level} · {label}
                        </option>
                      ))}
                    </select>
                  </span>
                </div>
                <p className="small">
                  <Link href={`/projects/${projectId}/claims/${row.id}`}>Open the claim page and its history</Link>
                </p>
              </div>
              <CommentThread subject={{ type: "claim", id: row.id }} canPost heading="h3" />
            </div>
          ) : null}
        </td>
      </tr>
    </>
  );
}
