"use client";
// The queue's table: one QueueRow per claim, the current one marked, state owned by ReviewQueue.
import type { QueueRow as Row } from "../_lib/queue-rows";
import type { Decision } from "./decision-dialog";
import { QueueRow } from "./queue-row";

interface Props {
  projectId: string;
  rows: Row[];
  requiredApprovals: number;
  currentIndex: number;
  expanded: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  credibility: Record<string, number | undefined>;
  buttonRef: (id: string, el: HTMLButtonElement | null) => void;
  onCurrent: (index: number) => void;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
  onDecide: (row: Row, decision: Decision) => void;
  onCredibility: (id: string, level: number | undefined) => void;
}

export function QueueTable({ projectId, rows, requiredApprovals, currentIndex, expanded, selected, credibility, buttonRef, onCurrent, onToggle, onSelect, onDecide, onCredibility }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table queue-table">
        <caption className="visually-hidden">Claims awaiting review; press j and k to move, ? for all shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Selected</span>
            </th>
            <th scope="col">Claim</th>
            <th scope="col">Evidence</th>
            <th scope="col">Asserted by</th>
            <th scope="col">Annotator</th>
            <th scope="col">Waiting</th>
            <th scope="col" className="num">Approvals</th>
            <th scope="col" className="num">
              <abbr title="Credibility (1–6)">Cred.</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <QueueRow
              key={row.id}
              projectId={projectId}
              row={row}
              requiredApprovals={requiredApprovals}
              current={i === currentIndex}
              expanded={expanded.has(row.id)}
              selected={selected.has(row.id)}
              credibility={credibility[row.id]}
              buttonRef={(el) => buttonRef(row.id, el)}
              onFocus={() => onCurrent(i)}
              onToggle={() => onToggle(row.id)}
              onSelect={() => onSelect(row.id)}
              onDecide={(d) => onDecide(row, d)}
              onCredibility={(level) => onCredibility(row.id, level)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
