"use client";
// The review queue: a table of claims driven by the keyboard (see ShortcutsHelp) or the mouse.
// Decisions go to the API; the server refuses what the role or authorship does not allow,
// and its answer is announced in the status bar under the table, which stays in view.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { ZReview } from "@/lib/reviews/schemas";
import type { QueueRow as Row } from "../_lib/queue-rows";
import { approveMany, decideClaim } from "../_lib/review-api";
import { type BulkOutcome, BulkOutcomes } from "./bulk-outcomes";
import { type Decision, DecisionDialog } from "./decision-dialog";
import { QueueTable } from "./queue-table";
import { QueueToolbar } from "./queue-toolbar";
import { type QueueKey, useQueueKeys } from "./use-queue-keys";

interface Props {
  projectId: string;
  rows: Row[];
  requiredApprovals: number;
  /** Filters are applied: an empty queue then means "nothing matches", not "nothing waits". */
  filtered: boolean;
}

type Message = { text: string; tone: "ok" | "error" };

const toggleIn = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

export function ReviewQueue({ projectId, rows, requiredApprovals, filtered }: Props) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [credibility, setCredibility] = useState<Record<string, number | undefined>>({});
  const [dialog, setDialog] = useState<{ row: Row; decision: Decision; error?: string } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [bulk, setBulk] = useState<BulkOutcome[] | null>(null);
  const [help, setHelp] = useState(false);
  const [pending, startTransition] = useTransition();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef(false);
  const currentIndex = Math.min(index, rows.length - 1);
  const current = rows[currentIndex];
  const liveSelected = rows.filter((r) => selected.has(r.id));

  // After a decision the queue reloads; keep the keyboard on the claim now in the same place.
  useEffect(() => {
    if (!refocus.current || !current) return;
    refocus.current = false;
    buttons.current.get(current.id)?.focus();
  }, [rows, current]);

  function move(by: number) {
    const next = Math.max(0, Math.min(rows.length - 1, currentIndex + by));
    setIndex(next);
    const row = rows[next];
    if (row) buttons.current.get(row.id)?.focus();
  }

  function decide(row: Row, decision: Decision, note?: string, level = credibility[row.id]) {
    const input = { decision, ...(note?.trim() ? { note } : {}), ...(level ? { credibility: level } : {}) };
    const parsed = ZReview.safeParse(input);
    if (!parsed.success) {
      setDialog({ row, decision, error: "Note is required when not approving." });
      return;
    }
    startTransition(async () => {
      const answer = await decideClaim(row.id, parsed.data, requiredApprovals);
      const text = `“${row.summary}”: ${answer.ok ? answer.message : answer.failure.message}`;
      setMessage({ text, tone: answer.ok ? "ok" : "error" });
      if (answer.ok) {
        refocus.current = true;
        setDialog(null);
        setCredibility((c) => ({ ...c, [row.id]: undefined }));
        setSelected((s) => (s.has(row.id) ? toggleIn(s, row.id) : s));
        router.refresh();
      } else if (answer.failure.fieldErrors.note) setDialog({ row, decision, error: `Note ${answer.failure.fieldErrors.note}` });
      else setDialog(null);
    });
  }

  function approveSelected() {
    if (pending) return;
    if (liveSelected.length === 0) {
      setMessage({ text: "Select claims first (x, or the checkboxes), then approve them together.", tone: "error" });
      return;
    }
    const summaries = new Map(liveSelected.map((r) => [r.id, r.summary]));
    startTransition(async () => {
      const answer = await approveMany(projectId, [...summaries.keys()]);
      if (!answer.ok) return setMessage({ text: answer.failure.message, tone: "error" });
      setMessage({ text: answer.message, tone: answer.refused ? "error" : "ok" });
      setBulk(answer.results.map((result) => ({ summary: summaries.get(result.claimId) ?? result.claimId, result })));
      setSelected(new Set(answer.results.filter((r) => !r.ok).map((r) => r.claimId)));
      router.refresh();
    });
  }

  useQueueKeys((key: QueueKey) => {
    if (key === "help") return setHelp((h) => !h);
    if (key === "approve_selected") return approveSelected();
    if (!current || pending) return;
    if (typeof key === "object") return setCredibility((c) => ({ ...c, [current.id]: key.credibility }));
    if (key === "next") return move(1);
    if (key === "previous") return move(-1);
    if (key === "toggle") return setExpanded((e) => toggleIn(e, current.id));
    if (key === "select") return setSelected((s) => toggleIn(s, current.id));
    if (key === "approve") return decide(current, "approve");
    setDialog({ row: current, decision: key });
  });

  return (
    <div className="review-queue">
      <QueueToolbar
        help={help}
        onHelp={setHelp}
        selected={liveSelected.length}
        pending={pending}
        onApproveSelected={approveSelected}
        onClearSelection={() => setSelected(new Set())}
      />
      {bulk ? <BulkOutcomes outcomes={bulk} onDismiss={() => setBulk(null)} /> : null}
      {rows.length === 0 ? (
        <p className="empty">{filtered ? "No claim waiting for review matches these filters." : "Nothing is waiting for review."}</p>
      ) : (
        <QueueTable
          projectId={projectId}
          rows={rows}
          requiredApprovals={requiredApprovals}
          currentIndex={currentIndex}
          expanded={expanded}
          selected={selected}
          credibility={credibility}
          buttonRef={(id, el) => void (el ? buttons.current.set(id, el) : buttons.current.delete(id))}
          onCurrent={setIndex}
          onToggle={(id) => setExpanded((e) => toggleIn(e, id))}
          onSelect={(id) => setSelected((s) => toggleIn(s, id))}
          onDecide={(row, d) => (d === "approve" ? decide(row, d) : setDialog({ row, decision: d }))}
          onCredibility={(id, level) => setCredibility((c) => ({ ...c, [id]: level }))}
        />
      )}
      <div className="queue-status">
        <FormMessage message={message?.text} tone={message?.tone} />
      </div>
      {dialog ? (
        <DecisionDialog
          key={`${dialog.row.id}-${dialog.decision}`}
          decision={dialog.decision}
          summary={dialog.row.summary}
          credibility={credibility[dialog.row.id]}
          error={dialog.error}
          pending={pending}
          onSubmit={(note, level) => decide(dialog.row, dialog.decision, note, level)}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
